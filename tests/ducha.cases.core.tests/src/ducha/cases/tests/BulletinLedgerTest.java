package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseBulletin;
import ducha.cases.FindingType;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.cli.ExitCodes;
import ducha.core.documents.NumberingService;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Role;
import ducha.core.spi.ReportSection;

/**
 * A court's past year of case bulletins (案件质量评查通报台账) and the findings they named: the bulletins ledger, the
 * numbering that follows it, the findings ledger's 所在通报, and the report figures of the migrated year.
 */
class BulletinLedgerTest {

	private static final String BULLETINS = "cases.bulletins";
	private static final String FINDINGS = "cases.findings";
	private static final String BULLETIN_HEADER = "期号,印发日期,通报标题";
	private static final String FINDING_HEADER = "案号,问题类型,责任人工号,发现日期,问题描述,所在通报";

	@TempDir
	Path dir;

	private LedgerService ledgers;
	private ReviewService review;

	@BeforeEach
	void cleanCourt() {
		Osgi.resetCourt();
		ledgers = Osgi.service(LedgerService.class);
		review = Osgi.service(ReviewService.class);
	}

	@Test
	void afterImportingTheThirdIssueOf2024TheWorkbenchIssuesTheFourth() throws IOException {
		LedgerImportResult imported = ledgers.importFile(BULLETINS, write("bulletins.csv", BULLETIN_HEADER,
				"2024年第1期,2024-03-28,关于2024年第一季度案件质量评查情况的通报",
				"2024年第3期,2024/9/30,关于2024年第三季度案件质量评查情况的通报"), Osgi.ADMIN);
		assertEquals(3, counter(2024), "the import moved the platform's counter to its highest number");
		ReviewFinding finding = review.addFinding(CaseFiles.number(2024, "民初", 77), FindingType.DEFECTIVE_CASE,
				"20001", LocalDate.of(2024, 10, 9), "送达地址确认书缺失", Osgi.ADMIN);

		CaseBulletin next = review.issueBulletin(LocalDate.of(2024, 10, 15), "案件评查情况通报", List.of(finding.id()),
				Osgi.ADMIN);

		assertEquals(2, imported.inserted());
		assertEquals("2024年第4期", next.label());
		assertEquals(4, Osgi.service(NumberingService.class).lastIssued("cases.bulletin", 2024));
		assertEquals(List.of("2024年第1期", "2024年第3期", "2024年第4期"),
				review.bulletins(Period.year(2024)).stream().map(CaseBulletin::label).toList());
	}

	@Test
	void eachYearsCounterFollowsThatYearsBulletinsOnly() throws IOException {
		ReviewFinding a = finding("民初", 1, "20001", LocalDate.of(2024, 2, 1));
		ReviewFinding b = finding("民初", 2, "20002", LocalDate.of(2024, 2, 2));
		review.issueBulletin(LocalDate.of(2024, 2, 10), "通报一", List.of(a.id()), Osgi.ADMIN);
		review.issueBulletin(LocalDate.of(2024, 2, 20), "通报二", List.of(b.id()), Osgi.ADMIN);
		ReviewFinding c = finding("民初", 3, "20001", LocalDate.of(2024, 3, 1));
		ReviewFinding old = finding("民初", 4, "20001", LocalDate.of(2023, 12, 1));

		ledgers.importFile(BULLETINS, write("bulletins.csv", BULLETIN_HEADER, "2023年第5期,2023-12-28,上年通报"),
				Osgi.ADMIN);

		assertEquals("2024年第3期",
				review.issueBulletin(LocalDate.of(2024, 3, 5), "通报三", List.of(c.id()), Osgi.ADMIN).label());
		assertEquals("2023年第6期",
				review.issueBulletin(LocalDate.of(2023, 12, 30), "补发通报", List.of(old.id()), Osgi.ADMIN).label());
	}

	@Test
	void aNumberTwiceInTheFileOrStoredOtherwiseIsRefusedNamingTheRow() throws IOException {
		ledgers.importFile(BULLETINS, write("first.csv", BULLETIN_HEADER, "2024年第1期,2024-03-28,一季度通报"),
				Osgi.ADMIN);
		Path file = write("bulletins.csv", BULLETIN_HEADER, "2024年第2期,2024-06-28,二季度通报",
				"2024年第 02 期,2024-06-29,二季度通报（重复）", "2024年第1期,2024-03-29,一季度通报（改）");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile(BULLETINS, file, Osgi.ADMIN));

		assertEquals(List.of("bulletins.csv:3:期号", "bulletins.csv:4:期号"), locations(e));
		assertTrue(e.ledgerProblems().get(0).reason().contains("第 2 行"), e.ledgerProblems()::toString);
		assertTrue(e.ledgerProblems().get(1).reason().contains("2024年第1期 已印发（2024-03-28，一季度通报）"),
				e.ledgerProblems()::toString);
		assertEquals(List.of("2024年第1期"), labels(2024), "nothing of the file is stored");
	}

	@Test
	void badBulletinRowsAreListedAndNothingIsStored() throws IOException {
		Path file = write("bulletins.csv", BULLETIN_HEADER, "2024年第1期,2024-03-28,一季度通报", "2024年3期,2024-06-28,二季度通报",
				"2024年第3期,2023-09-30,三季度通报", "2024年第4期,2024-12-28,", "2024年第5期,2024-13-01,年终通报");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile(BULLETINS, file, Osgi.ADMIN));

		assertEquals(List.of("bulletins.csv:3:期号", "bulletins.csv:4:印发日期", "bulletins.csv:5:通报标题",
				"bulletins.csv:6:印发日期"), locations(e));
		assertEquals(List.of(), labels(2024));
	}

	@Test
	void importingTheSameBulletinsAgainKeepsThem() throws IOException {
		Path file = write("bulletins.csv", BULLETIN_HEADER, "2024年第1期,2024-03-28,一季度通报");
		ledgers.importFile(BULLETINS, file, Osgi.ADMIN);

		LedgerImportResult again = ledgers.importFile(BULLETINS, file, Osgi.ADMIN);

		assertEquals(0, again.inserted() + again.updated());
		assertEquals(List.of("2024年第1期"), labels(2024));
	}

	@Test
	void importingBulletinsNeedsTheReviewPermissionAndACourtWideScopeAndExportingTheReadPermission() throws IOException {
		Path file = write("bulletins.csv", BULLETIN_HEADER, "2024年第1期,2024-03-28,一季度通报");

		assertThrows(AccessDeniedException.class,
				() -> ledgers.importFile(BULLETINS, file, Osgi.user(Role.DEPARTMENT_HEAD, "MS1")));
		AccessDeniedException oneDepartment = assertThrows(AccessDeniedException.class,
				() -> ledgers.importFile(BULLETINS, file, Osgi.user(Role.INTEGRITY_SUPERVISOR, "MS1")));
		assertTrue(oneDepartment.getMessage().contains("全院"), oneDepartment::getMessage);
		assertEquals(List.of(), labels(2024));
		ledgers.importFile(BULLETINS, file, Osgi.user(Role.TRIAL_MANAGEMENT));
		assertThrows(AccessDeniedException.class,
				() -> ledgers.exportFile(BULLETINS, dir.resolve("out.csv"), Osgi.user(Role.STAFF)));
		assertEquals(1, ledgers.exportFile(BULLETINS, dir.resolve("out.csv"), Osgi.user(Role.DEPARTMENT_HEAD, "MS1")));
	}

	@Test
	void aMigratedYearOfBulletinsAndFindingsGivesTheReportItsFigures() throws IOException {
		importYear2024();

		assertEquals(Map.of("cases.bulletins", 2L, "cases.departments_involved", 2L, "cases.staff_involved", 3L),
				bulletinFigures(Period.year(2024)));
		// the second quarter: only 2024年第2期, naming 20002 and 20001, both of 民事审判第一庭
		assertEquals(Map.of("cases.bulletins", 1L, "cases.departments_involved", 1L, "cases.staff_involved", 2L),
				bulletinFigures(Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30))));
		CaseBulletin second = review.bulletins(Period.year(2024)).get(1);
		assertEquals(List.of("20002", "20001"),
				review.findingsOf(second.id(), Osgi.ADMIN).stream().map(ReviewFinding::staffNo).toList());
	}

	@Test
	void bulletinsAndFindingsRoundTripIntoAnEmptyDatabase() throws IOException {
		importYear2024();
		Path bulletins = dir.resolve("out-bulletins.csv");
		Path findings = dir.resolve("out-findings.xlsx");
		Path findingsCsv = dir.resolve("out-findings.csv");
		ledgers.exportFile(BULLETINS, bulletins, Osgi.ADMIN);
		ledgers.exportFile(FINDINGS, findings, Osgi.ADMIN);
		ledgers.exportFile(FINDINGS, findingsCsv, Osgi.ADMIN);
		assertTrue(Files.readAllLines(findingsCsv, StandardCharsets.UTF_8).get(1).endsWith(",2024年第1期"),
				"the export names the bulletin");

		Osgi.resetCourt();
		ledgers.importFile(BULLETINS, bulletins, Osgi.ADMIN);
		ledgers.importFile(FINDINGS, findings, Osgi.ADMIN);

		Path bulletinsAgain = dir.resolve("again-bulletins.csv");
		Path findingsAgain = dir.resolve("again-findings.csv");
		ledgers.exportFile(BULLETINS, bulletinsAgain, Osgi.ADMIN);
		ledgers.exportFile(FINDINGS, findingsAgain, Osgi.ADMIN);
		assertEquals(Files.readAllLines(bulletins, StandardCharsets.UTF_8),
				Files.readAllLines(bulletinsAgain, StandardCharsets.UTF_8));
		assertEquals(Files.readAllLines(findingsCsv, StandardCharsets.UTF_8),
				Files.readAllLines(findingsAgain, StandardCharsets.UTF_8));
		assertEquals(Map.of("cases.bulletins", 2L, "cases.departments_involved", 2L, "cases.staff_involved", 3L),
				bulletinFigures(Period.year(2024)));
	}

	@Test
	void aFindingNamingAnUnknownOrLaterBulletinIsRefusedWithFileRowAndField() throws IOException {
		ledgers.importFile(BULLETINS, write("bulletins.csv", BULLETIN_HEADER, "2024年第1期,2024-03-28,一季度通报"),
				Osgi.ADMIN);
		Path file = write("findings.csv", FINDING_HEADER,
				CaseFiles.number(2024, "民初", 11) + ",瑕疵案件,20001,2024-03-05,送达程序存在瑕疵,2024年第1期",
				CaseFiles.number(2024, "民初", 12) + ",瑕疵案件,20001,2024-03-05,送达程序存在瑕疵,2024年第9期",
				CaseFiles.number(2024, "民初", 13) + ",瑕疵案件,20002,2024-04-02,判决书笔误,2024年第1期",
				CaseFiles.number(2024, "民初", 14) + ",瑕疵案件,20002,2024-03-02,判决书笔误,第一期");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile(FINDINGS, file, Osgi.ADMIN));

		assertEquals(List.of("findings.csv:3:所在通报", "findings.csv:4:发现日期", "findings.csv:5:所在通报"),
				locations(e));
		assertTrue(e.ledgerProblems().get(0).reason().contains("2024年第9期"), e.ledgerProblems()::toString);
		assertEquals(List.of(), review.findings(Period.year(2024), Osgi.ADMIN), "the good row is not stored either");
	}

	@Test
	void aFindingJoinsABulletinIssuedInTheWorkbenchAnEmptyCellKeepsTheLinkAndAnotherBulletinIsRefused() throws IOException {
		String caseNo = CaseFiles.number(2024, "民初", 11);
		ReviewFinding f = review.addFinding(caseNo, FindingType.DEFECTIVE_CASE, "20001", LocalDate.of(2024, 3, 5),
				"送达程序存在瑕疵", Osgi.ADMIN);
		CaseBulletin issued = review.issueBulletin(LocalDate.of(2024, 3, 28), "一季度通报", List.of(f.id()), Osgi.ADMIN);
		ledgers.importFile(BULLETINS, write("bulletins.csv", BULLETIN_HEADER, "2024年第2期,2024-06-28,二季度通报"),
				Osgi.ADMIN);

		String another = CaseFiles.number(2024, "刑初", 12);
		ledgers.importFile(FINDINGS, write("keep.csv", FINDING_HEADER,
				caseNo + ",瑕疵案件,20001,2024-03-05,送达程序存在瑕疵（补充）,",
				another + ",其他,20003,2024-03-10,庭审录像缺失,2024年第1期"), Osgi.ADMIN);
		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile(FINDINGS, write("move.csv", FINDING_HEADER,
						caseNo + ",瑕疵案件,20001,2024-03-05,送达程序存在瑕疵,2024年第2期"), Osgi.ADMIN));

		assertEquals(List.of("move.csv:2:所在通报"), locations(e));
		ReviewFinding stored = review.findings(Period.year(2024), Osgi.ADMIN).get(0);
		assertEquals(issued.id(), stored.bulletinId());
		assertEquals("送达程序存在瑕疵（补充）", stored.description());
		assertEquals(List.of(caseNo, another), review.findingsOf(issued.id(), Osgi.ADMIN).stream()
				.map(ReviewFinding::caseNo).toList(), "a finding imported into the bulletin issued in the workbench");
	}

	@Test
	void theCommandLineWritesTheTemplateAndImportsBulletins() throws IOException {
		Path template = dir.resolve("template.csv");
		Cli.Result written = Cli.run("cases", "ledger", "template", "bulletins", template.toString());
		Cli.Result imported = Cli.run("cases", "ledger", "import", "bulletins",
				write("bulletins.csv", BULLETIN_HEADER, "2024年第1期,2024-03-28,一季度通报").toString());

		assertEquals(ExitCodes.OK, written.exitCode(), written::toString);
		String header = Files.readAllLines(template, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
		assertEquals(BULLETIN_HEADER, header, "the header row, without the BOM Excel needs");
		assertEquals(ExitCodes.OK, imported.exitCode(), imported::toString);
		assertEquals(List.of("2024年第1期"), labels(2024));
	}

	/**
	 * Two bulletins of 2024 and five findings: 第1期 names 20001 (民一庭) and 20003 (刑庭), 第2期 20002 and 20001 (民一庭);
	 * one finding is in no bulletin.
	 */
	private void importYear2024() throws IOException {
		ledgers.importFile(BULLETINS, write("bulletins.csv", BULLETIN_HEADER,
				"2024年第1期,2024-03-28,关于2024年第一季度案件质量评查情况的通报",
				"2024年第2期,2024-06-28,关于2024年第二季度案件质量评查情况的通报"), Osgi.ADMIN);
		ledgers.importFile(FINDINGS, write("findings.csv", FINDING_HEADER,
				CaseFiles.number(2024, "民初", 11) + ",瑕疵案件,20001,2024-03-05,送达程序存在瑕疵,2024年第1期",
				CaseFiles.number(2024, "刑初", 12) + ",系统操作不规范,20003,2024-03-06,电子卷宗未随案生成,2024年第1期",
				CaseFiles.number(2024, "民初", 13) + ",其他,20002,2024-05-10,庭审笔录未签名,2024 年第 2 期",
				CaseFiles.number(2024, "民初", 14) + ",瑕疵案件,20001,2024-05-12,案件信息回填不全,2024年第2期",
				CaseFiles.number(2024, "民初", 15) + ",超审限,20002,2024-07-01,超审限未报批,"), Osgi.ADMIN);
	}

	private ReviewFinding finding(String type, int sequence, String staffNo, LocalDate day) {
		return review.addFinding(CaseFiles.number(day.getYear(), type, sequence), FindingType.DEFECTIVE_CASE, staffNo,
				day, "评查发现的问题", Osgi.ADMIN);
	}

	/** The platform's counter of case bulletins in the year ({@code number_counter}), -1 without a row. */
	private static int counter(int year) {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement read = c.prepareStatement(
						"select last_number from number_counter where kind = 'cases.bulletin' and counter_year = ?")) {
			read.setInt(1, year);
			try (ResultSet row = read.executeQuery()) {
				return row.next() ? row.getInt(1) : -1;
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private List<String> labels(int year) {
		return review.bulletins(Period.year(year)).stream().map(CaseBulletin::label).toList();
	}

	/** The report's three bulletin figures of the period. */
	private static Map<String, Long> bulletinFigures(Period period) {
		ReportSection section = Osgi.services(ReportSection.class).stream().filter(s -> s.section().equals("cases"))
				.findFirst().orElseThrow();
		Map<String, Long> values = new LinkedHashMap<>();
		section.figures(period).stream().filter(f -> List.of("cases.bulletins", "cases.departments_involved",
				"cases.staff_involved").contains(f.key())).forEach(f -> values.put(f.key(), f.value()));
		return values;
	}

	private static List<String> locations(LedgerValidationException e) {
		return e.ledgerProblems().stream().map(BulletinLedgerTest::location).toList();
	}

	private static String location(LedgerProblem p) {
		return p.file() + ":" + p.row() + (p.column() == null ? "" : ":" + p.column());
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
	}
}
