package ducha.app.print;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;

/**
 * What {@link PageLayout} draws with: on a GC, or without one only collecting the texts (for the tests), so that
 * the texts a test reads are those the page draws.
 */
final class Pen {

	/** The grid of the tables and the rule under the title line. */
	static final Color RULE = new Color(96, 96, 96);

	private final GC gc;
	private final Consumer<String> texts;

	Pen(GC gc, Consumer<String> texts) {
		this.gc = gc;
		this.texts = texts;
		if (gc != null) {
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		}
	}

	void font(Font font) {
		if (gc != null) {
			gc.setFont(font);
		}
	}

	void text(String text, int x, int y) {
		texts.accept(text);
		if (gc != null && !text.isEmpty()) {
			gc.drawText(text, x, y, true);
		}
	}

	void line(int x1, int y1, int x2, int y2, Color color) {
		if (gc != null) {
			gc.setForeground(color);
			gc.drawLine(x1, y1, x2, y2);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		}
	}

	void fill(int x, int y, int width, int height, Color color) {
		if (gc != null) {
			gc.setBackground(color);
			gc.fillRectangle(x, y, width, height);
			gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		}
	}

	void box(int x, int y, int width, int height) {
		if (gc != null) {
			gc.setForeground(RULE);
			gc.drawRectangle(x, y, width, height);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		}
	}

	void image(ImageData data, int x, int y, int width, int height) {
		if (gc != null && width > 0 && height > 0) {
			Image image = new Image(gc.getDevice(), data);
			try {
				gc.drawImage(image, 0, 0, data.width, data.height, x, y, width, height);
			} finally {
				image.dispose();
			}
		}
	}
}
