package ducha.app.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;

/**
 * The pages of a printout on one device, and their drawing on any {@link GC} of that device: the preview draws them
 * on an image, printing on a printer's pages, so that what the preview shows is what the printer prints.
 * <p>
 * Every page has a title line (the view's name; the court's name, when known, and the day on the right), a rule
 * under it, and 第 N 页 共 M 页 at its foot. A table's columns share the body's width by their texts' widths; a long
 * cell wraps within its column; a table that runs over a page repeats its header row at the top of the next. A
 * picture is scaled to the body's width (and height) and starts a new page when it does not fit the rest of one. A
 * document's paragraphs wrap to the body's width and run on line by line.
 * <p>
 * The layout measures its texts with the fonts it creates on the GC's device: {@link #close} disposes them.
 */
public final class PageLayout implements AutoCloseable {

	/** What one page holds of one block: a table's rows {@code firstRow} (inclusive) to {@code endRow}. */
	public record Piece(int block, int firstRow, int endRow, int y, int width, int height) {
	}

	private static final double SIDE_MARGIN_MM = 15;
	private static final double TOP_MARGIN_MM = 12;
	private static final double BOTTOM_MARGIN_MM = 12;
	private static final double CELL_PADDING_MM = 0.8;
	/** Space between the title line and the body, and between two blocks. */
	private static final double GAP_MM = 4;
	private static final int BODY_POINTS = 9;
	private static final int TITLE_POINTS = 12;
	private static final int FOOT_POINTS = 8;
	/** The size of the font that measures how the device draws fonts ({@link #fontScale}). */
	private static final int PROBE_POINTS = 20;
	private static final double FONT_SCALE_TOLERANCE = 0.2;
	/** A column takes at most this share of the body's width before its cells wrap. */
	private static final int WIDEST_COLUMN_SHARE = 3;
	/** Lists with more columns than this are printed across the paper. */
	private static final int PORTRAIT_COLUMNS = 8;
	private static final Color HEADER_BACKGROUND = new Color(232, 232, 232);

	private final Printout printout;
	private final PageFormat format;
	private final Font body;
	private final Font bold;
	private final Font titleFont;
	private final Font footFont;

	private final int left;
	private final int right;
	private final int titleY;
	private final int ruleY;
	private final int bodyTop;
	private final int bodyBottom;
	private final int footY;
	private final int padding;
	private final int lineHeight;
	private final int boldLineHeight;
	private final int gap;
	private final String rightOfTitle;
	private final int rightOfTitleWidth;

	/** Per block: its table's columns and wrapped texts, null for a picture or a text. */
	private final List<LaidTable> tables = new ArrayList<>();
	/** Per block: a text's lines, null for a table or a picture. */
	private final List<List<TextLine>> textLines = new ArrayList<>();
	private final List<List<Piece>> pages = new ArrayList<>();
	private final List<Integer> footWidths = new ArrayList<>();

	/** One line of a document's text: its font, where it is set, its measured width and the height it takes. */
	private record TextLine(String text, Font font, PrintBlock.Style style, int width, int height) {
	}

	/** A table's columns and its texts wrapped to them. */
	private record LaidTable(int[] widths, List<List<String>> header, int headerHeight,
			List<List<List<String>>> rows, int[] rowHeights) {
	}

	/**
	 * Lays the printout out on the format's pages.
	 *
	 * @param gc a GC of the device that will draw the pages, used to measure the texts
	 */
	public PageLayout(Printout printout, PageFormat format, GC gc) {
		this.printout = printout;
		this.format = format;
		Device device = gc.getDevice();
		String face = device.getSystemFont().getFontData()[0].getName();
		double scale = fontScale(gc, face, format);
		body = new Font(device, face, points(BODY_POINTS, scale), SWT.NORMAL);
		bold = new Font(device, face, points(BODY_POINTS, scale), SWT.BOLD);
		titleFont = new Font(device, face, points(TITLE_POINTS, scale), SWT.BOLD);
		footFont = new Font(device, face, points(FOOT_POINTS, scale), SWT.NORMAL);
		Font before = gc.getFont();
		try {
			left = format.mmX(SIDE_MARGIN_MM) - format.originX();
			right = format.width() - format.mmX(SIDE_MARGIN_MM) - format.originX();
			padding = Math.max(1, format.mmX(CELL_PADDING_MM));
			gap = format.mmY(GAP_MM);
			gc.setFont(titleFont);
			titleY = format.mmY(TOP_MARGIN_MM) - format.originY();
			ruleY = titleY + gc.getFontMetrics().getHeight() + padding;
			bodyTop = ruleY + gap;
			gc.setFont(footFont);
			footY = format.height() - format.mmY(BOTTOM_MARGIN_MM) - format.originY()
					- gc.getFontMetrics().getHeight();
			bodyBottom = footY - gap;
			String day = NLS.bind(Messages.Print_printedOn, printout.date());
			rightOfTitle = printout.court().isEmpty() ? day : printout.court() + "    " + day;
			gc.setFont(body);
			rightOfTitleWidth = gc.textExtent(rightOfTitle).x;
			lineHeight = gc.getFontMetrics().getHeight();
			gc.setFont(bold);
			boldLineHeight = gc.getFontMetrics().getHeight();
			for (PrintBlock block : printout.blocks()) {
				tables.add(block instanceof PrintBlock.Table table ? lay(gc, table) : null);
				textLines.add(block instanceof PrintBlock.Text text ? lay(gc, text) : null);
			}
			paginate();
			gc.setFont(footFont);
			for (int i = 0; i < pages.size(); i++) {
				footWidths.add(gc.textExtent(foot(i)).x);
			}
		} finally {
			gc.setFont(before);
		}
	}

	/**
	 * How much larger the fonts are made than their size in points so that a 9 point text is 9 points high on the
	 * paper. On the screen that is 1; GTK's printers draw fonts at the screen's resolution while the page is measured
	 * in the printer's (9 point texts came out a fraction as high on GTK's file printer). A Chinese character is one
	 * em wide: its measured width against the em the device's resolution gives tells the factor.
	 */
	private static double fontScale(GC gc, String face, PageFormat format) {
		Font probe = new Font(gc.getDevice(), face, PROBE_POINTS, SWT.NORMAL);
		Font before = gc.getFont();
		try {
			gc.setFont(probe);
			double em = gc.textExtent("\u5b57").x;
			double expected = PROBE_POINTS * format.dpiY() / 72.0;
			double scale = em <= 0 ? 1 : expected / em;
			// small differences are the font's own spacing, not the device's
			return Math.abs(scale - 1) < FONT_SCALE_TOLERANCE ? 1 : scale;
		} finally {
			gc.setFont(before);
			probe.dispose();
		}
	}

	private static int points(int points, double scale) {
		return Math.max(1, (int) Math.round(points * scale));
	}

	/**
	 * Whether a printout is printed across the paper: when it has many columns, or when its columns at their
	 * texts' widths would not fit the width of an upright A4 page.
	 *
	 * @param gc a GC of the screen, with the lists' font
	 */
	public static boolean wantsLandscape(Printout printout, GC gc) {
		if (printout.maxColumns() > PORTRAIT_COLUMNS) {
			return true;
		}
		PageFormat upright = PageFormat.a4(gc.getDevice().getDPI().x, gc.getDevice().getDPI().y, false);
		int width = upright.width() - 2 * upright.mmX(SIDE_MARGIN_MM);
		int padding = 2 * Math.max(1, upright.mmX(CELL_PADDING_MM));
		for (PrintBlock block : printout.blocks()) {
			if (block instanceof PrintBlock.Table table) {
				int total = 0;
				for (int natural : naturalWidths(gc, table, width / WIDEST_COLUMN_SHARE)) {
					total += natural + padding;
				}
				if (total > width) {
					return true;
				}
			}
		}
		return false;
	}

	public PageFormat format() {
		return format;
	}

	public Printout printout() {
		return printout;
	}

	public int pageCount() {
		return pages.size();
	}

	/** The pieces of blocks on a page, top to bottom. */
	public List<Piece> pieces(int page) {
		return List.copyOf(pages.get(page));
	}

	/** The indexes of the rows of a table block (the lines of a text block) printed on a page, in order. */
	public List<Integer> rowsOn(int page, int block) {
		List<Integer> rows = new ArrayList<>();
		for (Piece piece : pages.get(page)) {
			if (piece.block() == block) {
				for (int r = piece.firstRow(); r < piece.endRow(); r++) {
					rows.add(r);
				}
			}
		}
		return rows;
	}

	/** The column widths of a table block, in device pixels; they add up to the body's width. */
	public int[] columnWidths(int block) {
		return tables.get(block).widths().clone();
	}

	/** The texts a page draws, line by line in drawing order (what {@link #draw} writes, for the tests). */
	public List<String> texts(int page) {
		List<String> texts = new ArrayList<>();
		paint(null, page, texts::add);
		return texts;
	}

	/** Draws a page; the GC is of the device this layout measured on, its origin at the printable area's corner. */
	public void draw(GC gc, int page) {
		paint(gc, page, text -> {
		});
	}

	@Override
	public void close() {
		body.dispose();
		bold.dispose();
		titleFont.dispose();
		footFont.dispose();
	}

	private String foot(int page) {
		return NLS.bind(Messages.Print_pageOf, page + 1, pages.size());
	}

	/** The widths the columns' texts want, a long text counting as at most {@code widest}; without padding. */
	private static int[] naturalWidths(GC gc, PrintBlock.Table table, int widest) {
		int columns = table.headers().size();
		int[] natural = new int[columns];
		for (int c = 0; c < columns; c++) {
			natural[c] = TextWrap.widestLine(gc, table.headers().get(c));
		}
		for (List<String> row : table.rows()) {
			for (int c = 0; c < columns; c++) {
				if (natural[c] < widest) {
					natural[c] = Math.max(natural[c], TextWrap.widestLine(gc, row.get(c)));
				}
			}
		}
		for (int c = 0; c < columns; c++) {
			natural[c] = Math.min(natural[c], widest);
		}
		return natural;
	}

	/** The table's columns fitted to the body's width, its header and cells wrapped to them. */
	private LaidTable lay(GC gc, PrintBlock.Table table) {
		int width = right - left;
		int columns = Math.max(1, table.headers().size());
		gc.setFont(body);
		int[] natural = naturalWidths(gc, table, width / WIDEST_COLUMN_SHARE);
		gc.setFont(bold);
		int[] headerWidths = new int[table.headers().size()];
		for (int c = 0; c < headerWidths.length; c++) {
			headerWidths[c] = TextWrap.widestLine(gc, table.headers().get(c));
			natural[c] = Math.max(natural[c], Math.min(headerWidths[c], width / WIDEST_COLUMN_SHARE));
		}
		int[] widths = fit(natural, width, gc.textExtent("字字").x + 2 * padding);
		if (table.headers().isEmpty()) {
			widths = new int[] { width };
		}
		List<List<String>> header = new ArrayList<>();
		int headerLines = 1;
		for (int c = 0; c < table.headers().size(); c++) {
			List<String> lines = TextWrap.wrap(gc, table.headers().get(c), widths[c] - 2 * padding);
			header.add(lines);
			headerLines = Math.max(headerLines, lines.size());
		}
		int headerHeight = headerLines * boldLineHeight + 2 * padding;
		// a row is never taller than a page's body under the header: its last lines are cut (rare: a very long text)
		int maxLines = Math.max(1, (bodyBottom - bodyTop - headerHeight - boldLineHeight - 3 * padding) / lineHeight);
		gc.setFont(body);
		List<List<List<String>>> rows = new ArrayList<>(table.rows().size());
		int[] rowHeights = new int[table.rows().size()];
		for (int r = 0; r < table.rows().size(); r++) {
			List<List<String>> cells = new ArrayList<>(columns);
			int lines = 1;
			for (int c = 0; c < table.headers().size(); c++) {
				List<String> wrapped = TextWrap.wrap(gc, table.rows().get(r).get(c), widths[c] - 2 * padding);
				if (wrapped.size() > maxLines) {
					wrapped = new ArrayList<>(wrapped.subList(0, maxLines));
					wrapped.set(maxLines - 1, wrapped.get(maxLines - 1) + "…");
				}
				cells.add(wrapped);
				lines = Math.max(lines, wrapped.size());
			}
			rows.add(cells);
			rowHeights[r] = lines * lineHeight + 2 * padding;
		}
		return new LaidTable(widths, header, headerHeight, rows, rowHeights);
	}

	/** A document's paragraphs wrapped to the body's width; a little space after each paragraph. */
	private List<TextLine> lay(GC gc, PrintBlock.Text text) {
		List<TextLine> lines = new ArrayList<>();
		int width = right - left;
		for (PrintBlock.Paragraph paragraph : text.paragraphs()) {
			Font font = paragraph.style() == PrintBlock.Style.TITLE ? titleFont : body;
			gc.setFont(font);
			int height = gc.getFontMetrics().getHeight();
			// Chinese body text starts with two full-width spaces
			String shown = paragraph.style() == PrintBlock.Style.BODY ? "\u3000\u3000" + paragraph.text()
					: paragraph.text();
			List<String> wrapped = TextWrap.wrap(gc, shown, width);
			for (int l = 0; l < wrapped.size(); l++) {
				int after = l == wrapped.size() - 1 ? height / 2 : 0;
				lines.add(new TextLine(wrapped.get(l), font, paragraph.style(), gc.textExtent(wrapped.get(l)).x,
						height + after));
			}
		}
		return lines;
	}

	/**
	 * Column widths that add up to {@code width}: the natural widths (plus padding) scaled to it, wide or narrow,
	 * none under {@code least} unless the columns cannot all have that much.
	 */
	private int[] fit(int[] natural, int width, int least) {
		int columns = natural.length;
		int[] widths = new int[columns];
		if (columns == 0) {
			return widths;
		}
		long total = 0;
		for (int n : natural) {
			total += n + 2L * padding;
		}
		boolean floor = (long) least * columns <= width;
		int used = 0;
		for (int c = 0; c < columns; c++) {
			int scaled = (int) ((natural[c] + 2L * padding) * width / Math.max(1, total));
			widths[c] = floor ? Math.max(least, scaled) : Math.max(1, scaled);
			used += widths[c];
		}
		// the floors may have taken more than the width: take it back from the columns above the floor
		for (int c = 0; used > width && c < columns; c++) {
			int take = Math.min(widths[c] - (floor ? least : 1), used - width);
			if (take > 0) {
				widths[c] -= take;
				used -= take;
			}
		}
		for (int c = 0; used > width && c < columns; c++) {
			int take = Math.min(widths[c] - 1, used - width);
			widths[c] -= take;
			used -= take;
		}
		// the rounding's rest goes to the last column, so that the table ends at the right margin
		widths[columns - 1] += width - used;
		return widths;
	}

	/** Puts the blocks on pages, one after the other; a table's rows run on to the next page under a new header. */
	private void paginate() {
		List<Piece> page = new ArrayList<>();
		pages.add(page);
		int y = bodyTop;
		int width = right - left;
		for (int b = 0; b < printout.blocks().size(); b++) {
			PrintBlock block = printout.blocks().get(b);
			int caption = caption(block) == null ? 0 : boldLineHeight + padding;
			if (block instanceof PrintBlock.Table) {
				LaidTable table = tables.get(b);
				int firstRowHeight = table.rowHeights().length == 0 ? lineHeight + 2 * padding : table.rowHeights()[0];
				if (y > bodyTop && y + caption + table.headerHeight() + firstRowHeight > bodyBottom) {
					page = new ArrayList<>();
					pages.add(page);
					y = bodyTop;
				}
				int start = y;
				int first = 0;
				y += caption + table.headerHeight();
				if (table.rowHeights().length == 0) {
					y += firstRowHeight;
				}
				for (int r = 0; r < table.rowHeights().length; r++) {
					if (y + table.rowHeights()[r] > bodyBottom && r > first) {
						page.add(new Piece(b, first, r, start, width, y - start));
						page = new ArrayList<>();
						pages.add(page);
						start = bodyTop;
						y = bodyTop + table.headerHeight();
						first = r;
					}
					y += table.rowHeights()[r];
				}
				page.add(new Piece(b, first, table.rowHeights().length, start, width, y - start));
			} else if (block instanceof PrintBlock.Text) {
				List<TextLine> lines = textLines.get(b);
				if (!lines.isEmpty() && y > bodyTop && y + lines.get(0).height() > bodyBottom) {
					page = new ArrayList<>();
					pages.add(page);
					y = bodyTop;
				}
				int start = y;
				int first = 0;
				for (int l = 0; l < lines.size(); l++) {
					if (y + lines.get(l).height() > bodyBottom && l > first) {
						page.add(new Piece(b, first, l, start, width, y - start));
						page = new ArrayList<>();
						pages.add(page);
						start = bodyTop;
						y = bodyTop;
						first = l;
					}
					y += lines.get(l).height();
				}
				page.add(new Piece(b, first, lines.size(), start, width, y - start));
			} else {
				ImageData image = ((PrintBlock.Picture) block).image();
				double scale = Math.min((double) width / image.width,
						(double) (bodyBottom - bodyTop - caption) / image.height);
				int w = (int) (image.width * scale);
				int h = (int) (image.height * scale);
				if (y > bodyTop && y + caption + h > bodyBottom) {
					page = new ArrayList<>();
					pages.add(page);
					y = bodyTop;
				}
				page.add(new Piece(b, 0, 0, y, w, caption + h));
				y += caption + h;
			}
			y += gap;
		}
	}

	private static String caption(PrintBlock block) {
		return switch (block) {
		case PrintBlock.Table table -> table.caption();
		case PrintBlock.Picture picture -> picture.caption();
		case PrintBlock.Text text -> null;
		};
	}

	/** Draws a page on gc, or only tells its texts when gc is null. */
	private void paint(GC gc, int index, Consumer<String> texts) {
		Pen pen = new Pen(gc, texts);
		pen.font(titleFont);
		pen.text(printout.title(), left, titleY);
		pen.font(body);
		pen.text(rightOfTitle, right - rightOfTitleWidth, titleY);
		pen.line(left, ruleY, right, ruleY, Pen.RULE);
		for (Piece piece : pages.get(index)) {
			PrintBlock block = printout.blocks().get(piece.block());
			int y = piece.y();
			String caption = caption(block);
			if (caption != null && piece.firstRow() == 0) {
				pen.font(bold);
				pen.text(caption, left, y);
				y += boldLineHeight + padding;
			}
			if (block instanceof PrintBlock.Picture picture) {
				pen.image(picture.image(), left, y, piece.width(), piece.y() + piece.height() - y);
			} else if (block instanceof PrintBlock.Text) {
				paintText(pen, textLines.get(piece.block()), piece, y);
			} else {
				paintTable(pen, tables.get(piece.block()), piece, y);
			}
		}
		pen.font(footFont);
		pen.text(foot(index), left + (right - left - footWidths.get(index)) / 2, footY);
	}

	private void paintTable(Pen pen, LaidTable table, Piece piece, int top) {
		int y = top;
		pen.fill(left, y, right - left, table.headerHeight(), HEADER_BACKGROUND);
		pen.font(bold);
		cells(pen, table.widths(), table.header(), y, table.headerHeight(), boldLineHeight);
		y += table.headerHeight();
		pen.font(body);
		if (table.rows().isEmpty()) {
			int height = lineHeight + 2 * padding;
			pen.text(Messages.Print_noRows, left + padding, y + padding);
			pen.box(left, y, right - left, height);
			return;
		}
		for (int r = piece.firstRow(); r < piece.endRow(); r++) {
			cells(pen, table.widths(), table.rows().get(r), y, table.rowHeights()[r], lineHeight);
			y += table.rowHeights()[r];
		}
	}

	private void paintText(Pen pen, List<TextLine> lines, Piece piece, int top) {
		int y = top;
		for (int l = piece.firstRow(); l < piece.endRow(); l++) {
			TextLine line = lines.get(l);
			int x = switch (line.style()) {
			case TITLE, CENTRED -> left + (right - left - line.width()) / 2;
			case RIGHT -> right - line.width();
			case BODY -> left;
			};
			pen.font(line.font());
			pen.text(line.text(), x, y);
			y += line.height();
		}
	}

	private void cells(Pen pen, int[] widths, List<List<String>> cells, int y, int height, int lineStep) {
		int x = left;
		for (int c = 0; c < widths.length; c++) {
			List<String> lines = c < cells.size() ? cells.get(c) : List.of();
			for (int l = 0; l < lines.size(); l++) {
				pen.text(lines.get(l), x + padding, y + padding + l * lineStep);
			}
			pen.box(x, y, widths[c], height);
			x += widths[c];
		}
	}
}
