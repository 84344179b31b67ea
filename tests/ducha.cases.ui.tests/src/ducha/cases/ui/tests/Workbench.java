package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.app.AppModel;
import ducha.cases.ui.CasesViews;
import ducha.core.security.Principal;

/** The running workbench as the UI tests see it: services, parts, named controls, waiting, screenshots. */
final class Workbench {

	static final Duration TIMEOUT = Duration.ofMinutes(3);

	final Display display;
	final MApplication application;
	final Principal principal;
	final EPartService parts;

	Workbench() throws InterruptedException {
		display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		application = service(IWorkbench.class).getApplication();
		principal = application.getContext().get(Principal.class);
		assertNotNull(principal, "no Principal in the application context: the log-in failed");
		EModelService models = application.getContext().get(EModelService.class);
		MWindow window = assertInstanceOf(MWindow.class, models.find(AppModel.MAIN_WINDOW_ID, application));
		parts = window.getContext().get(EPartService.class);
		waitUntil("the home dashboard", () -> parts.findPart(AppModel.HOME_PART_ID) != null);
	}

	static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
		return context.getService(context.getServiceReference(type));
	}

	MPart show(String partId) {
		return parts.showPart(partId, EPartService.PartState.ACTIVATE);
	}

	static Control widget(MPart part) {
		assertNotNull(part);
		return assertInstanceOf(Control.class, part.getWidget(), "part " + part.getElementId() + " not rendered");
	}

	static <T extends Control> Optional<T> find(Control root, Class<T> type) {
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

	/** The control the view named with {@link CasesViews#WIDGET_KEY}. */
	static <T extends Control> T named(MPart part, String name, Class<T> type) {
		Control found = named(widget(part), name);
		assertNotNull(found, "no control named " + name + " in " + part.getElementId());
		return type.cast(found);
	}

	private static Control named(Control root, String name) {
		if (name.equals(root.getData(CasesViews.WIDGET_KEY))) {
			return root;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = named(child, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
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

	void settle() throws InterruptedException {
		long end = System.nanoTime() + Duration.ofMillis(800).toNanos();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	/** The whole screen as PNG into -Dducha.screenshots, when set. */
	void screenshot(String name) throws Exception {
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
