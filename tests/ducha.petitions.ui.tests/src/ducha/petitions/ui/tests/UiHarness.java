package ducha.petitions.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.app.AppModel;
import ducha.core.security.Principal;
import ducha.petitions.ui.PetitionsUi;

/** Drives the running workbench: opens parts, finds the controls by their names, waits, takes screenshots. */
final class UiHarness {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	private UiHarness() {
	}

	static MApplication application() {
		return service(IWorkbench.class).getApplication();
	}

	static Principal principal() {
		return application().getContext().get(Principal.class);
	}

	/** Opens the part in the main window (once the home part is there) and returns its root composite. */
	static Composite open(Display display, String partId) throws InterruptedException {
		MApplication application = application();
		EModelService models = application.getContext().get(EModelService.class);
		MWindow window = (MWindow) models.find(AppModel.MAIN_WINDOW_ID, application);
		EPartService parts = window.getContext().get(EPartService.class);
		waitUntil(display, "the home part", () -> parts.findPart(AppModel.HOME_PART_ID) != null);
		MPart part = parts.showPart(partId, PartState.ACTIVATE);
		assertNotNull(part, () -> "no part " + partId + "; descriptors "
				+ application.getDescriptors().stream().map(d -> d.getElementId()).toList());
		return (Composite) part.getWidget();
	}

	static void click(Button button) {
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	static <T extends Control> T control(Control root, String name, Class<T> type) {
		return find(root, name, type).orElseThrow(() -> new AssertionError("no control " + name));
	}

	static <T extends Control> Optional<T> find(Control root, String name, Class<T> type) {
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

	static void waitUntil(Display display, String what, BooleanSupplier condition) throws InterruptedException {
		waitUntil(display, () -> what, condition);
	}

	static void waitUntil(Display display, Supplier<String> what, BooleanSupplier condition)
			throws InterruptedException {
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

	static void settle(Display display) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofMillis(800).toNanos();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	/** Saves the screen as PNG into the folder named by the system property ducha.screenshots, if set. */
	static void screenshot(Display display, String name) throws Exception {
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

	static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(UiHarness.class).getBundleContext();
		return context.getService(context.getServiceReference(type));
	}
}
