package ducha.reports.internal.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import ducha.core.spi.ReportFigure;
import ducha.fonts.cjk.CjkFonts;

/**
 * Draws blocks onto A4 pages with PDFBox. The shipped WenQuanYi Micro Hei is embedded as a Type0 subset, so the
 * Chinese text shows and can be extracted on any machine.
 */
public final class PdfRenderer {

	private static final float MARGIN_X = 72;
	private static final float MARGIN_TOP = 72;
	private static final float MARGIN_BOTTOM = 64;
	private static final float LEADING = 1.7f;
	private static final float TITLE_SIZE = 20;
	private static final float HEADING_SIZE = 15;
	private static final float TEXT_SIZE = 12;

	private final PDDocument document;
	private final PDType0Font font;
	/** Punctuation that must not begin a line. */
	private static final String NO_LINE_START = "，。、；：？！）》」』”’％,.;:?!)%";

	private final float width;
	private PDPageContentStream page;
	private float y;

	private PdfRenderer(PDDocument document, PDType0Font font) {
		this.document = document;
		this.font = font;
		this.width = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
	}

	/** Renders the blocks as a PDF; the stream stays open. */
	public static void render(String title, List<Block> blocks, OutputStream out) throws IOException {
		try (InputStream in = CjkFonts.openMicroHeiCollection();
				TrueTypeCollection collection = new TrueTypeCollection(in);
				PDDocument document = new PDDocument()) {
			TrueTypeFont ttf = collection.getFontByName(CjkFonts.MICRO_HEI);
			PDType0Font font = PDType0Font.load(document, ttf, true);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			PdfRenderer renderer = new PdfRenderer(document, font);
			try {
				renderer.newPage();
				for (Block block : blocks) {
					renderer.draw(block);
				}
			} finally {
				renderer.page.close();
			}
			document.save(out);
		}
	}

	private void draw(Block block) throws IOException {
		switch (block) {
		case Block.Title t -> {
			centered(t.text(), TITLE_SIZE);
			y -= TEXT_SIZE;
		}
		case Block.Centered c -> centered(c.text(), TEXT_SIZE);
		case Block.Heading h -> {
			y -= TEXT_SIZE * 0.6f;
			wrapped(h.text(), HEADING_SIZE, 0);
		}
		case Block.Paragraph p -> wrapped(p.text(), TEXT_SIZE, 2 * TEXT_SIZE);
		case Block.FigureTable table -> figures(table.figures());
		case Block.Signature s -> {
			y -= TEXT_SIZE * 2;
			rightAligned(s.office(), TEXT_SIZE);
			rightAligned(s.date(), TEXT_SIZE);
		}
		}
	}

	private void centered(String text, float size) throws IOException {
		for (String line : lines(text, size, 0)) {
			text(line, MARGIN_X + (width - textWidth(line, size)) / 2, size);
		}
	}

	private void rightAligned(String text, float size) throws IOException {
		text(clean(text), MARGIN_X + width - textWidth(clean(text), size) - 2 * size, size);
	}

	private void wrapped(String text, float size, float indent) throws IOException {
		boolean first = true;
		for (String line : lines(text, size, indent)) {
			text(line, MARGIN_X + (first ? indent : 0), size);
			first = false;
		}
	}

	private void figures(List<ReportFigure> figures) throws IOException {
		float left = MARGIN_X + 2 * TEXT_SIZE;
		float right = MARGIN_X + width - 2 * TEXT_SIZE;
		for (ReportFigure figure : figures) {
			String value = String.valueOf(figure.value());
			nextLine(TEXT_SIZE);
			write(clean(figure.label()), left, TEXT_SIZE);
			write(value, right - textWidth(value, TEXT_SIZE), TEXT_SIZE);
			page.setLineWidth(0.3f);
			page.moveTo(left, y - TEXT_SIZE * 0.35f);
			page.lineTo(right, y - TEXT_SIZE * 0.35f);
			page.stroke();
		}
	}

	private void text(String line, float x, float size) throws IOException {
		nextLine(size);
		write(line, x, size);
	}

	private void write(String line, float x, float size) throws IOException {
		page.beginText();
		page.setFont(font, size);
		page.newLineAtOffset(x, y);
		page.showText(line);
		page.endText();
	}

	/** Moves down one line of the given size, starting a new page when the line would not fit. */
	private void nextLine(float size) throws IOException {
		y -= size * LEADING;
		if (y < MARGIN_BOTTOM) {
			page.close();
			newPage();
			y -= size * LEADING;
		}
	}

	private void newPage() throws IOException {
		PDPage next = new PDPage(PDRectangle.A4);
		document.addPage(next);
		page = new PDPageContentStream(document, next);
		y = PDRectangle.A4.getHeight() - MARGIN_TOP;
	}

	/**
	 * Breaks text into lines that fit the width; Chinese text may break between any two characters, except that a
	 * closing punctuation mark never starts a line (Chinese typesetting's 避头点 rule): it hangs into the margin at
	 * the end of the line before.
	 */
	private List<String> lines(String text, float size, float indent) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		float available = width - indent;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			String next = line + Character.toString(codePoint);
			if (!line.isEmpty() && !NO_LINE_START.contains(Character.toString(codePoint))
					&& textWidth(clean(next), size) > available) {
				lines.add(clean(line.toString()));
				line.setLength(0);
				available = width;
			}
			line.appendCodePoint(codePoint);
			i += Character.charCount(codePoint);
		}
		lines.add(clean(line.toString()));
		return lines;
	}

	private float textWidth(String text, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** PDF text operators take no control characters: tabs and line breaks become spaces. */
	private static String clean(String text) {
		return text.replaceAll("\\p{Cntrl}", " ");
	}
}
