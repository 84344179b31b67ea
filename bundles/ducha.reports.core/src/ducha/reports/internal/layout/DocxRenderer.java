package ducha.reports.internal.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

import ducha.core.spi.ReportFigure;

/**
 * Writes blocks as a Word document with Apache POI. DOCX does not embed fonts, so it names the fonts every
 * Chinese office desktop has (宋体 for text, 黑体 for title and headings); word processors substitute elsewhere.
 * The page is A4 with the margins of official documents (公文: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right),
 * not POI's default US Letter.
 */
public final class DocxRenderer {

	private static final String TEXT_FONT = "宋体";
	private static final String HEADING_FONT = "黑体";
	/** Two characters of 12 pt, in twentieths of a point. */
	private static final int INDENT_TWIPS = 480;
	/** A4 in twips (1/1440 inch). */
	private static final long A4_WIDTH_TWIPS = 11906;
	private static final long A4_HEIGHT_TWIPS = 16838;
	/** Figure tables: the label column takes three quarters of the text width (A4 less the margins). */
	private static final long TEXT_WIDTH_TWIPS = A4_WIDTH_TWIPS - millimetresToTwips(28) - millimetresToTwips(26);
	private static final long LABEL_COLUMN_TWIPS = TEXT_WIDTH_TWIPS * 3 / 4;
	private static final long VALUE_COLUMN_TWIPS = TEXT_WIDTH_TWIPS - LABEL_COLUMN_TWIPS;

	private DocxRenderer() {
	}

	/** Renders the blocks as DOCX; the stream stays open. */
	public static void render(String title, List<Block> blocks, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.getProperties().getCoreProperties().setTitle(title);
			a4Page(document);
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

	private static void a4Page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
		size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(millimetresToTwips(37)));
		margins.setBottom(BigInteger.valueOf(millimetresToTwips(35)));
		margins.setLeft(BigInteger.valueOf(millimetresToTwips(28)));
		margins.setRight(BigInteger.valueOf(millimetresToTwips(26)));
	}

	private static long millimetresToTwips(int millimetres) {
		return Math.round(millimetres / 25.4 * 1440);
	}

	private static void figures(XWPFDocument document, List<ReportFigure> figures) {
		XWPFTable table = document.createTable(figures.size() + 1, 2);
		table.setWidth(String.valueOf(TEXT_WIDTH_TWIPS));
		// word processors lay out by the table grid, Word also by the cells' widths: set both
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		grid.addNewGridCol().setW(BigInteger.valueOf(LABEL_COLUMN_TWIPS));
		grid.addNewGridCol().setW(BigInteger.valueOf(VALUE_COLUMN_TWIPS));
		for (XWPFTableRow row : table.getRows()) {
			row.getCell(0).setWidth(String.valueOf(LABEL_COLUMN_TWIPS));
			row.getCell(1).setWidth(String.valueOf(VALUE_COLUMN_TWIPS));
		}
		cell(table.getRow(0), "项目", "数量", true);
		for (int i = 0; i < figures.size(); i++) {
			ReportFigure figure = figures.get(i);
			cell(table.getRow(i + 1), figure.label(), String.valueOf(figure.value()), false);
		}
	}

	private static void cell(XWPFTableRow row, String label, String value, boolean header) {
		run(row.getCell(0).getParagraphs().get(0), label, header ? HEADING_FONT : TEXT_FONT, 12, header);
		XWPFParagraph right = row.getCell(1).getParagraphs().get(0);
		right.setAlignment(ParagraphAlignment.RIGHT);
		run(right, value, header ? HEADING_FONT : TEXT_FONT, 12, header);
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
