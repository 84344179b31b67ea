package ducha.test.ui;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
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
import org.eclipse.swt.widgets.Event;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import ducha.app.AppModel;

/**
 * What the UI tests of every plugin need inside the running workbench: waiting on the UI thread without blocking
 * it (the parts load in Jobs), finding widgets under a part, looking up services, and screenshots that a person
 * looks at.
 */
public final class UiTesting {

	/**
	 * Long enough for the first start (schema migration, demo seeding) while parallel builds share a slow
	 * machine's cores: the workbench tests of every plugin used three minutes before this class existed.
	 */
	public static final Duration TIMEOUT = Duration.ofMinutes(3);

	private UiTesting() {
	}

	/** Dispatches events until the condition holds; fails naming what it waited for after {@link #TIMEOUT}. */
	public static void waitUntil(Display display, String what, BooleanSupplier condition)
			throws InterruptedException {
		waitUntil(display, TIMEOUT, what, condition);
	}

	/** Dispatches events until the condition holds; fails naming what it waited for after the timeout. */
	public static void waitUntil(Display display, Duration timeout, String what, BooleanSupplier condition)
			throws InterruptedException {
		waitUntil(display, timeout, () -> what, condition);
	}

	/**
	 * Dispatches events until the condition holds; after {@link #TIMEOUT} fails with the description computed
	 * then, so that it can show what the screen said at the moment of failure (a status line, a list's size).
	 */
	public static void waitUntil(Display display, Supplier<String> what, BooleanSupplier condition)
			throws InterruptedException {
		waitUntil(display, TIMEOUT, what, condition);
	}

	/** As {@link #waitUntil(Display, Supplier, BooleanSupplier)} with the given timeout. */
	public static void waitUntil(Display display, Duration timeout, Supplier<String> what,
			BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("Timed out after " + timeout + " waiting for " + what.get());
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	/** Lets pending layout and paint events run for a moment (before a screenshot). */
	public static void settle(Display display) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofMillis(800).toNanos();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	/** Opens a contributed view in the main part stack, as the navigator does, and activates it. */
	public static MPart openView(EPartService parts, EModelService models, MApplication application, String id) {
		MPart part = parts.createPart(id);
		assertNotNull(part, "no part descriptor " + id);
		((MPartStack) models.find(AppModel.MAIN_PART_STACK_ID, application)).getChildren().add(part);
		return parts.showPart(part, PartState.ACTIVATE);
	}

	/** The part's rendered control; fails when the part is missing or not rendered. */
	public static Control widget(MPart part) {
		assertNotNull(part, "part not found");
		return assertInstanceOf(Control.class, part.getWidget(), "part " + part.getElementId() + " not rendered");
	}

	/** The first control of the type in the tree under root (depth first). */
	public static <T extends Control> Optional<T> find(Control root, Class<T> type) {
		List<T> all = findAll(root, type);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
	}

	/** The first control of the type in the tree under root (depth first) that passes the test. */
	public static <T extends Control> Optional<T> find(Control root, Class<T> type, Predicate<? super T> test) {
		return findAll(root, type).stream().filter(test).findFirst();
	}

	/**
	 * The control of the type that its part named: a plugin tags the controls of its forms with
	 * {@code setData(key, name)} under a key of its own, so that tests find them by name instead of by position in
	 * the layout. Fails naming the control when there is none.
	 */
	public static <T extends Control> T named(Control root, String key, String name, Class<T> type) {
		return find(root, type, control -> name.equals(control.getData(key)))
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	/** Every control of the type in the tree under root, depth first. */
	public static <T extends Control> List<T> findAll(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control root, Class<T> type, List<T> found) {
		if (root == null || root.isDisposed()) {
			return;
		}
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, found);
			}
		}
	}

	/** The button showing exactly the text; fails listing the buttons there are, which tells a typo from a bug. */
	public static Button button(Control root, String text) {
		return find(root, Button.class, b -> text.equals(b.getText())).orElseThrow(() -> new AssertionError(
				"no button " + text + " among " + findAll(root, Button.class).stream().map(Button::getText).toList()));
	}

	/**
	 * Presses the button as a user's click would reach the part's code: a Selection event. (Posting real mouse
	 * events is unreliable under Xvfb and needs the shell in front.)
	 */
	public static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** A registered OSGi service of the type; fails when there is none. */
	public static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(UiTesting.class).getBundleContext();
		ServiceReference<T> reference = context.getServiceReference(type);
		assertNotNull(reference, "no " + type.getName() + " service");
		return context.getService(reference);
	}

	/** Saves the whole screen as PNG into the folder named by -Dducha.screenshots, when it is set. */
	public static Optional<Path> screenshot(Display display, String name) throws Exception {
		String folder = System.getProperty("ducha.screenshots");
		if (folder == null || folder.isBlank()) {
			return Optional.empty();
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
		return Optional.of(file);
	}
}
