package ducha.app.print;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;

/**
 * A sheet of paper in the pixels of the device that draws it: a printer (its resolution, its printable area) or
 * the preview's image (A4 at the screen's resolution).
 *
 * @param width   the paper's width in device pixels
 * @param height  the paper's height in device pixels
 * @param dpiX    device pixels per inch across
 * @param dpiY    device pixels per inch down
 * @param originX where the GC's x = 0 lies on the paper (a printer's printable area starts inside the paper)
 * @param originY where the GC's y = 0 lies on the paper
 */
public record PageFormat(int width, int height, int dpiX, int dpiY, int originX, int originY) {

	private static final double A4_WIDTH_MM = 210;
	private static final double A4_HEIGHT_MM = 297;
	private static final double MM_PER_INCH = 25.4;

	/** An A4 sheet at the given resolution, drawn from its corner (the preview's image). */
	public static PageFormat a4(int dpiX, int dpiY, boolean landscape) {
		int w = (int) Math.round(A4_WIDTH_MM / MM_PER_INCH * dpiX);
		int h = (int) Math.round(A4_HEIGHT_MM / MM_PER_INCH * dpiY);
		return landscape ? new PageFormat(h, w, dpiX, dpiY, 0, 0) : new PageFormat(w, h, dpiX, dpiY, 0, 0);
	}

	/** The printer's paper as its driver reports it, in the orientation chosen in the print dialog. */
	public static PageFormat of(Printer printer) {
		Rectangle paper = printer.getBounds();
		Rectangle trim = printer.computeTrim(0, 0, 0, 0);
		return new PageFormat(paper.width, paper.height, printer.getDPI().x, printer.getDPI().y, -trim.x, -trim.y);
	}

	public boolean landscape() {
		return width > height;
	}

	int mmX(double mm) {
		return (int) Math.round(mm / MM_PER_INCH * dpiX);
	}

	int mmY(double mm) {
		return (int) Math.round(mm / MM_PER_INCH * dpiY);
	}
}
