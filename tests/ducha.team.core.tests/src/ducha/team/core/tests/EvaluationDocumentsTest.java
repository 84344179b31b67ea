package ducha.team.core.tests;

import static ducha.team.core.tests.EvaluationCourt.DIRECTOR;
import static ducha.team.core.tests.EvaluationCourt.GAO;
import static ducha.team.core.tests.EvaluationCourt.LIN;
import static ducha.team.core.tests.EvaluationCourt.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import ducha.core.documents.DocumentFormat;
import ducha.core.documents.NumberingService;
import ducha.core.ledger.LedgerFormat;
import ducha.core.period.Period;
import ducha.team.Evaluation;
import ducha.team.EvaluationBulletin;
import ducha.team.EvaluationService;
import ducha.team.Grade;
import ducha.test.osgi.Osgi;

/** The quarterly bulletin as DOCX and PDF, and the bonus sheet as XLSX and CSV. */
class EvaluationDocumentsTest extends WithTestDuties {

	private final EvaluationService evaluations = Osgi.service(EvaluationService.class);

	@Test
	void theQuartersBulletinNamesEachSupervisorWithDutiesAndRemarks() throws Exception {
		Period fourth = Period.quarter(YEAR, 4);
		evaluations.record(Evaluation.of(LIN, fourth, null, "跟踪整改到位"), DIRECTOR);
		int before = Osgi.service(NumberingService.class).lastIssued(EvaluationService.BULLETIN_KIND, YEAR + 1);
		EvaluationBulletin issued = evaluations.issueBulletin(fourth, LocalDate.of(YEAR + 1, 1, 10), DIRECTOR);
		assertEquals(before + 1, issued.number());
		assertEquals(List.of(issued), evaluations.bulletins(YEAR + 1, DIRECTOR));

		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		evaluations.writeBulletin(issued.year(), issued.number(), DocumentFormat.DOCX, docx, DIRECTOR);
		String text;
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(
				new XWPFDocument(new ByteArrayInputStream(docx.toByteArray())))) {
			text = extractor.getText();
		}
		assertTrue(text.contains("关于2025年第四季度廉政监察员履职情况的通报"), text);
		assertTrue(text.contains(issued.label()), text);
		assertTrue(text.contains("1. 民事审判第一庭廉政监察员林清（30001）：本季度履职：跟踪整改 3次、谈话 1次，共 4 次。评价：跟踪整改到位。"),
				text);
		assertTrue(text.contains("2. 刑事审判庭廉政监察员高洁（30002）：本季度履职：跟踪整改 2次，共 2 次。"), text);
		assertFalse(text.contains("马良"), "马良 left before the quarter");

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		evaluations.writeBulletin(issued.year(), issued.number(), DocumentFormat.PDF, pdf, EvaluationCourt.lin());
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			String pdfText = new PDFTextStripper().getText(document).replaceAll("\\R", "");
			assertTrue(pdfText.contains("高洁"), pdfText);
			assertTrue(pdfText.contains("跟踪整改到位"), pdfText);
		}
	}

	@Test
	void theBonusSheetHasARowPerSupervisorWithGradeAndPoints() throws Exception {
		evaluations.record(Evaluation.of(LIN, Period.year(YEAR), Grade.EXCELLENT, "优秀"), DIRECTOR);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		assertEquals(3, evaluations.bonusSheet(YEAR, LedgerFormat.XLSX, xlsx, DIRECTOR));
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
						? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue()));
				rows.add(cells);
			}
		}
		assertEquals(List.of("工号", "姓名", "部门", "年度", "履职事项", "履职次数", "年度总评", "总评加分", "履职加分", "加分合计"),
				rows.get(0));
		assertEquals(List.of(LIN, "林清", "民事审判第一庭", "2025", "跟踪整改 12、谈话 1", "13.0", "优秀", "5.0", "6.5", "11.5"),
				rows.get(1));
		assertEquals(GAO, rows.get(2).get(0));
		assertEquals(4, rows.size());

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		evaluations.bonusSheet(YEAR, LedgerFormat.CSV, csv, DIRECTOR);
		String text = csv.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFF工号,姓名,部门"), text);
		assertTrue(text.contains(LIN + ",林清,民事审判第一庭,2025,跟踪整改 12、谈话 1,13,优秀,5,6.5,11.5"), text);
	}
}
