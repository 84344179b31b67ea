package ducha.reports.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Waiting on the UI thread, finding widgets and taking screenshots in UI tests. */
final class Ui {

	private Ui() {
	}

	/** Dispatches events until the condition holds; fails with the message after the timeout. */
	static void waitUntil(Display display, Duration timeout, String what, BooleanSupplier condition)
			throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("Timed out after " + timeout + " waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	/** Lets pending layout and paint events run. */
	static void settle(Display display) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofMillis(500).toNanos();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	/** The first control of the type in the tree under root (depth first). */
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

	/** Saves the whole screen as PNG into the folder named by -Dducha.screenshots, when it is set. */
	static Optional<Path> screenshot(Display display, String name) throws Exception {
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
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		image.dispose();
		Path file = Path.of(folder, name + ".png");
		Files.createDirectories(file.getParent());
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return Optional.of(file);
	}
}
