package ducha.petitions.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.app.AppModel;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.StaffQuery;
import ducha.core.security.Principal;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionState;
import ducha.petitions.ui.PetitionsUi;

/**
 * Inside the real workbench, logged in as the office director: registers a petition through the intake form,
 * assigns it, starts verification and records the conclusion with the detail pane's buttons; the list shows the
 * reporter as 受保护 until it is revealed with a reason.
 */
class PetitionIntakeToConclusionUITest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Test
	void theDirectorWalksAPetitionFromIntakeToConclusion() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread");
		MApplication application = service(IWorkbench.class).getApplication();
		Principal principal = application.getContext().get(Principal.class);
		assertEquals("director", principal.username());
		EModelService models = application.getContext().get(EModelService.class);
		MWindow window = (MWindow) models.find(AppModel.MAIN_WINDOW_ID, application);
		EPartService parts = window.getContext().get(EPartService.class);
		waitUntil(display, "the home part", () -> parts.findPart(AppModel.HOME_PART_ID) != null);

		MPart part = parts.showPart(PetitionsUi.PART_ID, PartState.ACTIVATE);
		assertNotNull(part, () -> "no part " + PetitionsUi.PART_ID + "; descriptors "
				+ application.getDescriptors().stream().map(d -> d.getElementId()).toList() + "; bundles "
				+ Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
						.filter(b -> b.getSymbolicName().startsWith("ducha"))
						.map(b -> b.getSymbolicName() + ":" + b.getState()).toList());
		Composite root = (Composite) part.getWidget();
		Table list = control(root, "list", Table.class);
		Label status = control(root, "status", Label.class);
		// the first load is done when the status line shows the summary (共 n 件…)
		waitUntil(display, () -> "the list to load; status line: " + status.getText(),
				() -> status.getText().startsWith("共 "));
		int before = list.getItemCount();

		control(root, "intake.name", Text.class).setText("周建华");
		control(root, "intake.contact", Text.class).setText("13800001111");
		String accused = service(DirectoryService.class).staff(StaffQuery.ALL, principal).stream()
				.filter(staff -> "审判员".equals(staff.position())).findFirst().orElseThrow().staffNo();
		control(root, "intake.reported", Text.class).setText(accused);
		control(root, "intake.summary", Text.class).setText("来信反映其在案件审理中违规会见一方当事人。");
		click(control(root, "intake.register", Button.class));
		waitUntil(display, "the new petition in the list", () -> list.getItemCount() == before + 1);
		Label facts = control(root, "detail.facts", Label.class);
		waitUntil(display, "the new petition in the detail pane", () -> facts.getText().contains("周建华") == false
				&& facts.getText().contains(accused) && facts.getText().contains(Petition.PROTECTED));
		String number = newest(principal).number();
		assertTrue(facts.getText().contains(number), facts.getText());
		assertTrue(Arrays.stream(list.getItems()).noneMatch(i -> i.getText(3).contains("周建华")));

		step(display, control(root, "detail.assign", Button.class), number, principal, PetitionState.ASSIGNED);
		step(display, control(root, "detail.verify", Button.class), number, principal, PetitionState.VERIFYING);

		Label reporter = control(root, "detail.reporter", Label.class);
		control(root, "detail.reason", Text.class).setText("需联系举报人补充线索");
		click(control(root, "detail.reveal", Button.class));
		waitUntil(display, "the revealed reporter", () -> reporter.getText().contains("周建华"));

		control(root, "detail.remarks", Text.class).setText("经调取庭审录像、询问当事人，未发现违规会见的事实。");
		Combo conclusion = control(root, "detail.conclusion", Combo.class);
		conclusion.select(Arrays.asList(conclusion.getItems()).indexOf("不实"));
		step(display, control(root, "detail.conclude", Button.class), number, principal, PetitionState.CONCLUDED);
		waitUntil(display, "the conclusion in the detail pane", () -> facts.getText().contains("不实"));
		assertFalse(reporter.getText().contains("周建华"), "the identity leaves the screen when the pane refreshes");
		settle(display);
		screenshot(display, "petitions-intake-to-conclusion");
	}

	private static Petition newest(Principal principal) {
		return service(PetitionService.class).list(principal).stream()
				.filter(p -> p.summary().startsWith("来信反映其在案件审理中违规会见")).findFirst().orElseThrow();
	}

	private void step(Display display, Button button, String number, Principal principal, PetitionState expected)
			throws InterruptedException {
		waitUntil(display, button.getText() + " to be enabled by the shown state", button::isEnabled);
		click(button);
		Label status = control(button.getShell(), "status", Label.class);
		waitUntil(display, () -> number + " " + expected.label() + "; status line: " + status.getText(),
				() -> service(PetitionService.class).get(number, principal).state() == expected);
	}

	private static void click(Button button) {
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static <T extends Control> T control(Control root, String name, Class<T> type) {
		return find(root, name, type).orElseThrow(() -> new AssertionError("no control " + name));
	}

	private static <T extends Control> Optional<T> find(Control root, String name, Class<T> type) {
		if (type.isInstance(root) && name.equals(root.getData(PetitionsUi.WIDGET_KEY))) {
			return Optional.of(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Optional<T> found = find(child, name, type);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static void waitUntil(Display display, String what, BooleanSupplier condition)
			throws InterruptedException {
		waitUntil(display, () -> what, condition);
	}

	private static void waitUntil(Display display, java.util.function.Supplier<String> what,
			BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("Timed out waiting for " + what.get());
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	private static void settle(Display display) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofMillis(800).toNanos();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	private static void screenshot(Display display, String name) throws Exception {
		String folder = System.getProperty("ducha.screenshots");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Image image = new Image(display, display.getBounds().width, display.getBounds().height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		Path file = Path.of(folder, name + ".png");
		Files.createDirectories(file.getParent());
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}

	private static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(PetitionIntakeToConclusionUITest.class).getBundleContext();
		return context.getService(context.getServiceReference(type));
	}
}
