package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.NumberingService;
import ducha.core.documents.OfficialDocument;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Role;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionService;
import ducha.integrity.DispositionType;
import ducha.integrity.IntegrityReportService;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;

/** The 廉情报告 as an issued, numbered document written through the platform's document service. */
class IntegrityReportTest {

	private static final LocalDate TALK_DAY = LocalDate.now().minusDays(40);
	private static final Period PERIOD = Period.of(LocalDate.now().minusYears(1), LocalDate.now());

	private final IntegrityReportService reports = Osgi.service(IntegrityReportService.class);
	private final NumberingService numbering = Osgi.service(NumberingService.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
		Osgi.service(TalkService.class).record(Talk.of(Court.LI, TalkLevel.DEPARTMENT_HEAD_REMINDER, TALK_DAY,
				"民一庭庭长 周建国", Court.WANG, "审限内未结案件较多", "指出问题，提出整改要求", "一个月内回访"), Court.ADMIN);
		Osgi.service(DispositionService.class).record(new Disposition(0, null, Court.LI,
				DispositionType.WRITTEN_SELF_EXAMINATION, TALK_DAY.plusDays(7), "庭审中接听私人电话", "院党组", null),
				Court.ADMIN);
	}

	@Test
	void theIntegrityReportRendersChineseTextInThePdf() throws IOException {
		OfficialDocument report = reports.issue(List.of(Court.LI, Court.ZHAO), PERIOD, Court.ADMIN);
		byte[] pdf = write(report, DocumentFormat.PDF);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\R", "");
			for (String expected : List.of("李明等2名同志廉情报告", report.number(), "李明（工号 20001",
					"部门负责人提醒谈：审限内未结案件较多", "责令书面检查：庭审中接听私人电话", "赵强（工号 20003",
					"该期间廉政档案中无约谈、处理、问题通报等记录", "政治部（督察室）")) {
				assertTrue(text.contains(expected), () -> "PDF text lacks " + expected + ":\n" + text);
			}
			// a picture of the first page next to the test output, to look at the layout and the glyphs
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 96);
			Path png = Path.of(System.getProperty("ducha.data")).resolveSibling("integrity-report-page1.png");
			ImageIO.write(page, "png", png.toFile());
			assertTrue(Files.size(png) > 10_000, "rendered page is suspiciously small");
		}
	}

	@Test
	void theIntegrityReportRendersChineseTextInTheDocx() throws IOException {
		OfficialDocument report = reports.issue(List.of(Court.LI), PERIOD, Court.ADMIN);

		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(report, DocumentFormat.DOCX)));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			assertEquals("李明同志廉情报告", docx.getParagraphs().get(0).getText());
			String text = extractor.getText();
			assertTrue(text.contains("李明（工号 20001，民事审判第一庭审判员）"), text);
			assertTrue(text.contains("部门负责人提醒谈：审限内未结案件较多（来源：廉政档案）"), text);
			assertTrue(text.contains("该期间廉政档案记录 2 条"), text);
		}
	}

	@Test
	void eachIssuedReportTakesTheNextNumberOfTheYear() {
		int year = LocalDate.now().getYear();
		int before = numbering.lastIssued(IntegrityReportService.NUMBER_KIND, year);

		OfficialDocument first = reports.issue(List.of(Court.LI), PERIOD, Court.ADMIN);
		OfficialDocument second = reports.issue(List.of(Court.ZHAO), PERIOD, Court.ADMIN);

		assertEquals(year + "年第" + (before + 1) + "期", first.number());
		assertEquals(year + "年第" + (before + 2) + "期", second.number());
		assertEquals("", reports.draft(List.of(Court.LI), PERIOD, Court.ADMIN).number());
	}

	@Test
	void aReaderWithoutAccessToOneArchiveGetsNoReportAndUsesUpNoNumber() {
		int year = LocalDate.now().getYear();
		int before = numbering.lastIssued(IntegrityReportService.NUMBER_KIND, year);
		var supervisor = Court.user("jianchayuan", Court.WANG, Role.INTEGRITY_SUPERVISOR, "MS1");

		assertThrows(AccessDeniedException.class,
				() -> reports.issue(List.of(Court.LI, Court.ZHAO), PERIOD, supervisor));
		assertEquals(before, numbering.lastIssued(IntegrityReportService.NUMBER_KIND, year));
	}

	@Test
	void staffReadTheirOwnArchiveButIssueNoReportNotEvenOnThemselves() {
		int year = LocalDate.now().getYear();
		int before = numbering.lastIssued(IntegrityReportService.NUMBER_KIND, year);
		var li = Court.user("li", Court.LI, Role.STAFF, "MS1");
		var supervisor = Court.user("jianchayuan", Court.WANG, Role.INTEGRITY_SUPERVISOR, "MS1");

		assertFalse(reports.mayIssue(li));
		assertTrue(reports.mayIssue(supervisor));
		assertTrue(reports.mayIssue(Court.ADMIN));
		AccessDeniedException refused = assertThrows(AccessDeniedException.class,
				() -> reports.issue(List.of(Court.LI), PERIOD, li));
		assertTrue(refused.getMessage().contains("li"), refused.getMessage());
		assertEquals(before, numbering.lastIssued(IntegrityReportService.NUMBER_KIND, year));
	}

	@Test
	void theCommandLineWritesTheReportAsPdf(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("廉情报告.pdf");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();

		String[] args = { "integrity", "report", "--staff", Court.LI, "--from", PERIOD.from().toString(), "--format",
				"pdf", "--out", file.toString() };
		int code = new DuchaCli(new ByteArrayInputStream(new byte[0]), CliLogin.administrator()).run(args,
				new PrintWriter(out), new PrintWriter(err));

		assertEquals(ExitCodes.OK, code, err.toString());
		assertTrue(out.toString().contains("李明同志廉情报告"), out.toString());
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
			assertTrue(new PDFTextStripper().getText(document).contains("审限内未结案件较多"));
		}
	}

	private byte[] write(OfficialDocument report, DocumentFormat format) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		reports.write(report, format, bytes);
		return bytes.toByteArray();
	}
}
