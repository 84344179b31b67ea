package ducha.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ducha.core.period.Period;
import ducha.reports.AnnualReport;
import ducha.reports.ReportFormat;
import ducha.reports.ReportService;

class ReportFilesTest {

	private static FakePlugin inspections;
	private static FakePlugin petitions;
	private static AnnualReport report;

	@BeforeAll
	static void installTwoPlugins() {
		inspections = Plugins.inspections().install();
		petitions = Plugins.petitions().install();
		report = Services.get(ReportService.class).compile(Period.year(Plugins.YEAR), LocalDate.of(2025, 1, 10),
				ReportServiceTest.READER);
	}

	@AfterAll
	static void removeThem() {
		inspections.close();
		petitions.close();
	}

	private static byte[] write(ReportFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Services.get(ReportService.class).write(report, format, out);
		return out.toByteArray();
	}

	@Test
	void csvIsExactlyTheContractsShape() throws IOException {
		String csv = new String(write(ReportFormat.CSV), StandardCharsets.UTF_8);

		assertEquals("""
				section,key,value,label
				inspections,inspections.inspections,45,开展督察（次）
				inspections,inspections.bulletins,9,通报（期）
				petitions,petitions.received,4,受理信访举报（件）
				petitions,petitions.disposed,4,"办结并处置, 含""立查立办""\"
				""", csv);
	}

	@Test
	void pdfTextContainsTheChineseLabelsAndFiguresInAnEmbeddedFont() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(write(ReportFormat.PDF))) {
			String text = new PDFTextStripper().getText(pdf);

			for (String expected : List.of("2024年督察工作总结", "政治部（督察室）", "2025年1月10日", "一、日常督察",
					"二、信访举报", "开展督察45次，通报9期。", "开展督察（次）", "45", "受理信访举报（件）")) {
				assertTrue(text.contains(expected), () -> "PDF text lacks " + expected + ":\n" + text);
			}
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font instanceof PDType0Font && font.isEmbedded(), font.getName());
					assertTrue(font.getName().contains("+"), "a subset carries a tag: " + font.getName());
				}
			}
		}
	}

	@Test
	void xlsxReopensWithTheLayoutSheetAndOneDataRowPerFigure() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX)))) {
			assertEquals("2024年督察工作总结", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
			Sheet data = workbook.getSheet("数据");
			List<String> rows = new ArrayList<>();
			DataFormatter formatter = new DataFormatter();
			for (Row row : data) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
				rows.add(String.join("|", cells));
			}

			assertEquals(List.of("section|key|value|label", "inspections|inspections.inspections|45|开展督察（次）",
					"inspections|inspections.bulletins|9|通报（期）", "petitions|petitions.received|4|受理信访举报（件）",
					"petitions|petitions.disposed|4|办结并处置, 含\"立查立办\""), rows);
		}
	}

	@Test
	void docxOpensAndHasTitleSectionsAndFigures() throws IOException {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(ReportFormat.DOCX)));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			String text = extractor.getText();

			assertEquals("2024年督察工作总结", docx.getParagraphs().get(0).getText());
			for (String expected : List.of("一、日常督察", "开展督察45次，通报9期。", "受理信访举报（件）", "政治部（督察室）")) {
				assertTrue(text.contains(expected), () -> "DOCX text lacks " + expected + ":\n" + text);
			}
		}
	}
}
