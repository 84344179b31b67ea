package ducha.reports.internal.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import ducha.core.spi.ReportFigure;

/**
 * Writes blocks as a Word document with Apache POI. DOCX does not embed fonts, so it names the fonts every
 * Chinese office desktop has (宋体 for text, 黑体 for title and headings); word processors substitute elsewhere.
 */
public final class DocxRenderer {

	private static final String TEXT_FONT = "宋体";
	private static final String HEADING_FONT = "黑体";
	/** Two characters of 12 pt, in twentieths of a point. */
	private static final int INDENT_TWIPS = 480;

	private DocxRenderer() {
	}

	/** Renders the blocks as DOCX; the stream stays open. */
	public static void render(String title, List<Block> blocks, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.getProperties().getCoreProperties().setTitle(title);
			for (Block block : blocks) {
				draw(document, block);
			}
			document.write(out);
		}
	}

	private static void draw(XWPFDocument document, Block block) {
		switch (block) {
		case Block.Title t -> run(paragraph(document, ParagraphAlignment.CENTER), t.text(), HEADING_FONT, 22, true);
		case Block.Centered c -> run(paragraph(document, ParagraphAlignment.CENTER), c.text(), TEXT_FONT, 12, false);
		case Block.Heading h -> run(paragraph(document, ParagraphAlignment.LEFT), h.text(), HEADING_FONT, 15, true);
		case Block.Paragraph p -> {
			XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
			paragraph.setIndentationFirstLine(INDENT_TWIPS);
			run(paragraph, p.text(), TEXT_FONT, 12, false);
		}
		case Block.FigureTable table -> figures(document, table.figures());
		case Block.Signature s -> {
			document.createParagraph();
			run(paragraph(document, ParagraphAlignment.RIGHT), s.office(), TEXT_FONT, 12, false);
			run(paragraph(document, ParagraphAlignment.RIGHT), s.date(), TEXT_FONT, 12, false);
		}
		}
	}

	private static void figures(XWPFDocument document, List<ReportFigure> figures) {
		XWPFTable table = document.createTable(figures.size() + 1, 2);
		cell(table.getRow(0), "项目", "数量", true);
		for (int i = 0; i < figures.size(); i++) {
			ReportFigure figure = figures.get(i);
			cell(table.getRow(i + 1), figure.label(), String.valueOf(figure.value()), false);
		}
	}

	private static void cell(XWPFTableRow row, String label, String value, boolean header) {
		run(row.getCell(0).getParagraphs().get(0), label, header ? HEADING_FONT : TEXT_FONT, 12, false);
		XWPFParagraph right = row.getCell(1).getParagraphs().get(0);
		right.setAlignment(ParagraphAlignment.RIGHT);
		run(right, value, header ? HEADING_FONT : TEXT_FONT, 12, false);
	}

	private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
	}
}
