package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.app.AppModel;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.WatchListService;
import ducha.cases.ui.CasesViews;
import ducha.core.security.Principal;

/**
 * Inside the real workbench on the demo court, in Chinese: the navigator group 审判监督 lists the register and the
 * long-pending list; each shows one page of the demo cases (the register pages on with 下一页).
 */
class CasePartsUITest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);
	private static final int PAGE_SIZE = 200;

	@Test
	void theRegisterAndTheLongPendingListShowTheDemoCasesPageByPage() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		MApplication application = service(IWorkbench.class).getApplication();
		Principal principal = application.getContext().get(Principal.class);
		assertNotNull(principal, "no Principal in the application context: the log-in failed");
		EModelService models = application.getContext().get(EModelService.class);
		MWindow window = assertInstanceOf(MWindow.class, models.find(AppModel.MAIN_WINDOW_ID, application));
		EPartService parts = window.getContext().get(EPartService.class);
		waitUntil(display, "the home dashboard", () -> parts.findPart(AppModel.HOME_PART_ID) != null);

		Tree navigator = find(widget(parts.findPart(AppModel.NAVIGATOR_PART_ID)), Tree.class).orElseThrow();
		TreeItem category = Arrays.stream(navigator.getItems()).filter(i -> i.getText().equals("审判监督")).findFirst()
				.orElseThrow(() -> new AssertionError("the navigator has no group 审判监督: " + Arrays.toString(
						Arrays.stream(navigator.getItems()).map(TreeItem::getText).toArray())));
		assertEquals("[案件登记, 长期未结案, 长期未结案规则, 督办, 评查]",
				Arrays.toString(Arrays.stream(category.getItems()).map(TreeItem::getText).toArray()));

		long cases = service(CaseRegister.class).count(CaseQuery.ALL, principal);
		assertTrue(cases > PAGE_SIZE, "the demo court should have more than one page of cases, has " + cases);

		MPart register = parts.showPart(CasesViews.REGISTER_PART_ID, PartState.ACTIVATE);
		NatTable registerTable = find(widget(register), NatTable.class).orElseThrow();
		waitUntil(display, "the first register page", () -> bodyRows(registerTable) > 0);
		assertEquals(PAGE_SIZE, bodyRows(registerTable), "one page, never the whole register");
		assertTrue(cell(registerTable, 0, 0).matches("（20\\d\\d）川0724.+\\d+号"), cell(registerTable, 0, 0));
		assertEquals("1", rowHeader(registerTable, 0));

		Button next = buttons(widget(register), "下一页");
		waitUntil(display, "下一页 enabled", next::isEnabled);
		next.notifyListeners(SWT.Selection, null);
		waitUntil(display, "the second register page", () -> rowHeader(registerTable, 0).equals("201"));
		assertEquals(Math.min(PAGE_SIZE, cases - PAGE_SIZE), bodyRows(registerTable));
		settle(display);
		screenshot(display, "cases-register");

		long flagged = service(WatchListService.class).countLongPending(CaseQuery.ALL, LocalDate.now(), principal);
		assertTrue(flagged > 0, "the demo court should have long-pending cases");
		MPart watch = parts.showPart(CasesViews.WATCH_LIST_PART_ID, PartState.ACTIVATE);
		NatTable watchTable = find(widget(watch), NatTable.class).orElseThrow();
		waitUntil(display, "the long-pending list", () -> bodyRows(watchTable) > 0);
		assertEquals(Math.min(PAGE_SIZE, flagged), bodyRows(watchTable));
		assertTrue(Long.parseLong(cell(watchTable, 0, 7)) > 0, "age in days: " + cell(watchTable, 0, 7));
		assertTrue(!cell(watchTable, 0, 8).isBlank(), "the rule that flagged the case");
		settle(display);
		screenshot(display, "cases-watchlist");
	}

	/** Body rows of a grid: all rows less the column header. */
	private static int bodyRows(NatTable table) {
		ViewportLayer body = (ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer();
		return body.getScrollableLayer().getRowCount();
	}

	private static String cell(NatTable table, int row, int column) {
		return String.valueOf(table.getDataValueByPosition(column + 1, row + 1));
	}

	private static String rowHeader(NatTable table, int row) {
		return String.valueOf(table.getDataValueByPosition(0, row + 1));
	}

	private static Button buttons(Control root, String text) {
		if (root instanceof Button b && text.equals(b.getText())) {
			return b;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = buttons(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(CasePartsUITest.class).getBundleContext();
		return context.getService(context.getServiceReference(type));
	}

	private static Control widget(MPart part) {
		assertNotNull(part);
		return assertInstanceOf(Control.class, part.getWidget(), "part " + part.getElementId() + " not rendered");
	}

	private static <T extends Control> Optional<T> find(Control root, Class<T> type) {
		if (root == null || root.isDisposed()) {
			return Optional.empty();
		}
		if (type.isInstance(root)) {
			return Optional.of(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Optional<T> found = find(child, type);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static void waitUntil(Display display, String what, BooleanSupplier condition)
			throws InterruptedException {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("Timed out after " + TIMEOUT + " waiting for " + what);
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

	/** The whole screen as PNG into -Dducha.screenshots, when set. */
	private static void screenshot(Display display, String name) throws Exception {
		String folder = System.getProperty("ducha.screenshots");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
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
}
