package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseRegister;
import ducha.cases.FindingType;
import ducha.cases.ReviewService;
import ducha.core.spi.ScreeningClueSource;
import ducha.core.spi.ScreeningClueSource.ScreeningClue;

/** The register's reversed, remanded, retrial and defective cases as clues for the petitions plugin. */
class CasesClueSourceTest {

	private static final LocalDate FILED = LocalDate.now().minusDays(100);

	@TempDir
	Path dir;

	private ScreeningClueSource source;

	@BeforeEach
	void courtWithCasesOfEveryOutcome() throws Exception {
		Osgi.resetCourt();
		source = Osgi.service(ScreeningClueSource.class, s -> s.source().equals("cases"));
		Osgi.service(CaseRegister.class).importFile(new CaseFiles()
				.closedBy("民初", 1, "20001", "MS1", 100, 30, "二审改判")
				.closedBy("民初", 2, "20002", "MS1", 100, 40, "发回重审")
				.closedBy("民初", 3, "20001", "MS1", 100, 50, "判决")
				.open("民再", 4, "20002", "MS1", "再审", 100)
				.open("刑再", 5, "20003", "XST", "再审", 100)
				.open("民申", 6, "20002", "MS1", "审查", 100) // an application for retrial is not a retrial
				.write(dir, "cases.csv"), Osgi.ADMIN, null);
		ReviewService review = Osgi.service(ReviewService.class);
		review.addFinding(number("民初", 3), FindingType.DEFECTIVE_CASE, "20001", FILED.plusDays(70), "送达程序存在瑕疵",
				Osgi.ADMIN);
		review.addFinding(number("民初", 3), FindingType.DEFECTIVE_CASE, "20001", FILED.plusDays(80), "判决书说理不充分",
				Osgi.ADMIN);
		review.addFinding(number("民初", 1), FindingType.INACCURATE_WORDING, "20001", FILED.plusDays(60), "当事人名称有误",
				Osgi.ADMIN);
	}

	@Test
	void reversedRemandedRetrialAndDefectiveCasesAreOfferedWithTheirKindDayAndReason() {
		List<ScreeningClue> expected = List.of(
				new ScreeningClue(number("民初", 1), ScreeningClue.REVERSED, "20001", "MS1", FILED.plusDays(30),
						"结案方式：二审改判"),
				new ScreeningClue(number("民初", 2), ScreeningClue.REVERSED, "20002", "MS1", FILED.plusDays(40),
						"结案方式：发回重审"),
				new ScreeningClue(number("民再", 4), ScreeningClue.RETRIAL, "20002", "MS1", FILED, "再审案件：民间借贷纠纷"),
				new ScreeningClue(number("刑再", 5), ScreeningClue.RETRIAL, "20003", "XST", FILED, "再审案件：民间借贷纠纷"),
				new ScreeningClue(number("民初", 3), ScreeningClue.UNQUALIFIED, "20001", "MS1", FILED.plusDays(70),
						"评查发现瑕疵案件：送达程序存在瑕疵"));
		assertEquals("cases", source.source());
		assertEquals(sorted(expected), sorted(source.clues()));
	}

	private static List<String> sorted(List<ScreeningClue> clues) {
		return clues.stream().map(ScreeningClue::toString).sorted().toList();
	}

	private static String number(String type, int sequence) {
		return CaseFiles.number(FILED.getYear(), type, sequence);
	}
}
