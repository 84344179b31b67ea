package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.demo.DemoAccounts;
import ducha.core.directory.DirectoryService;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.NumberingService;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.AccessDeniedException;
import ducha.petitions.Clearance;
import ducha.petitions.Conclusion;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/** The clearance notice is a numbered official document that names the cleared staff member, never the reporter. */
class ClearanceNoticeTest {

	private static final LocalDate CLEARED_ON = LocalDate.of(2006, 6, 14);

	private final PetitionService petitions = Osgi.service(PetitionService.class);
	private Reporter reporter;
	private String accused;
	private Clearance clearance;

	@BeforeEach
	void clearAStaffMemberOfAFalseReport() {
		reporter = Court.uniqueReporter();
		accused = Court.judges(3).get(2);
		Petition p = Court.register(reporter, LocalDate.of(2006, 5, 2), List.of(accused));
		petitions.assign(p.number(), Court.seen(p.number()), List.of(DemoAccounts.SUPERVISOR), Court.director());
		petitions.startVerification(p.number(), Court.seen(p.number()), Court.supervisor());
		petitions.conclude(p.number(), Court.seen(p.number()), Conclusion.FALSE_OR_MALICIOUS, "经核查，所反映问题均无事实依据",
				CLEARED_ON,
				Court.supervisor());
		clearance = petitions.clear(p.number(), accused, "经组织核查，该同志不存在所反映问题，予以澄清正名。", CLEARED_ON,
				Court.supervisor());
	}

	@Test
	void theNoticeAsPdfNamesTheClearedStaffAndItsNumberButNotTheReporter() throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		petitions.writeClearanceNotice(clearance.id(), DocumentFormat.PDF, pdf, Court.supervisor());

		String text = pdfText(pdf.toByteArray());
		String number = petitions.issueClearanceNotice(clearance.id(), Court.supervisor()).number();
		assertTrue(number.startsWith("2006年第"), number);
		for (String expected : List.of("不实信访举报澄清通知书", number, staffName(), "诬告陷害", "予以澄清正名",
				"政治部（督察室）", "2006年6月14日")) {
			assertTrue(text.contains(expected), () -> "PDF lacks " + expected + ":\n" + text);
		}
		assertFalse(text.contains(reporter.name()), text);
		assertFalse(text.contains(reporter.contact()), text);
	}

	@Test
	void theNumberIsTakenOnceFromTheNumberingServiceAndKept() {
		NumberingService numbering = Osgi.service(NumberingService.class);
		int before = numbering.lastIssued(Clearance.NOTICE_KIND, 2006);

		OfficialDocument first = petitions.issueClearanceNotice(clearance.id(), Court.supervisor());
		OfficialDocument again = petitions.issueClearanceNotice(clearance.id(), Court.director());

		assertEquals((before + 1), numbering.lastIssued(Clearance.NOTICE_KIND, 2006));
		assertEquals("2006年第" + (before + 1) + "期", first.number());
		assertEquals(first, again);
		assertEquals(first.number(), petitions.clearances(clearance.petitionNumber(), Court.leader()).get(0)
				.noticeNumber());
		assertTrue(petitions.clearanceNotice(clearance.id(), Court.leader()).contains(first.number()));
	}

	@Test
	void onlyAHandlerOrTheDirectorIssuesTheNumberOthersReadTheIssuedNotice() {
		int before = Osgi.service(NumberingService.class).lastIssued(Clearance.NOTICE_KIND, 2006);
		assertThrows(AccessDeniedException.class,
				() -> petitions.issueClearanceNotice(clearance.id(), Court.leader()));
		assertThrows(AccessDeniedException.class, () -> petitions.writeClearanceNotice(clearance.id(),
				DocumentFormat.PDF, new ByteArrayOutputStream(), Court.ADMIN));
		assertEquals(before, Osgi.service(NumberingService.class).lastIssued(Clearance.NOTICE_KIND, 2006),
				"a refused issue takes no number");

		String number = petitions.issueClearanceNotice(clearance.id(), Court.director()).number();
		assertEquals(number, petitions.issueClearanceNotice(clearance.id(), Court.leader()).number());
	}

	@Test
	void theCommandLineWritesTheNoticeAndRefusesAnUnknownFormat(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("澄清通知书.pdf");
		Cli.Result result = Cli.as(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD, "petitions", "clearance-notice",
				String.valueOf(clearance.id()), "--format", "pdf", "--out", file.toString());
		assertEquals(0, result.exitCode(), result::toString);
		String text = pdfText(Files.readAllBytes(file));
		assertTrue(text.contains(staffName()), text);
		assertFalse(text.contains(reporter.name()), text);
		String number = petitions.issueClearanceNotice(clearance.id(), Court.supervisor()).number();
		assertTrue(result.out().contains(number), result::toString);

		Path odt = dir.resolve("notice.odt");
		Cli.Result bad = Cli.as(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD, "petitions", "clearance-notice",
				String.valueOf(clearance.id()), "--format", "odt", "--out", odt.toString());
		assertNotEquals(0, bad.exitCode(), bad::toString);
		assertTrue(bad.err().contains("odt"), bad::toString);
		assertFalse(Files.exists(odt));
	}

	private String staffName() {
		return Osgi.service(DirectoryService.class).staff(accused).orElseThrow().name();
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\R", "");
		}
	}
}
