package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.FindingType;
import ducha.cases.RectificationFollowup;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.cli.ExitCodes;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.period.Period;

class ReviewLedgerTest {

	private static final String CASE_A = CaseFiles.number(2024, "民初", 11);
	private static final String CASE_B = CaseFiles.number(2024, "刑初", 12);

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
	void findingsTalksAndFollowupsRoundTripThroughTheirLedgers() throws IOException {
		importAll();
		List<ReviewFinding> findings = review.findings(Period.year(2024), Osgi.ADMIN);
		assertEquals(2, findings.size());
		ReviewFinding a = findings.get(0);
		assertEquals("MS1", a.departmentCode(), "the department is the staff member's");
		assertEquals(1, review.talks(a.id()).size());
		RectificationFollowup followup = review.followups(a.id()).get(0);
		assertEquals(LocalDate.of(2024, 4, 1), followup.verifiedDate());
		assertEquals("20002", followup.supervisorNo());

		for (String kind : List.of("cases.findings", "cases.talks", "cases.followups")) {
			Path exported = dir.resolve(kind + ".csv");
			Path exportedAsXlsx = dir.resolve(kind + ".xlsx");
			int rows = ledgers.exportFile(kind, exported, Osgi.ADMIN);
			ledgers.exportFile(kind, exportedAsXlsx, Osgi.ADMIN);
			LedgerImportResult again = ledgers.importFile(kind, exported, Osgi.ADMIN);
			LedgerImportResult fromXlsx = ledgers.importFile(kind, exportedAsXlsx, Osgi.ADMIN);
			assertEquals(0, again.inserted() + fromXlsx.inserted(), kind + ": a re-import adds nothing");
			assertEquals(rows, again.updated(), kind);
			assertEquals(rows, fromXlsx.updated(), kind);
			Path second = dir.resolve(kind + "-2.csv");
			ledgers.exportFile(kind, second, Osgi.ADMIN);
			assertEquals(Files.readAllLines(exported, StandardCharsets.UTF_8),
					Files.readAllLines(second, StandardCharsets.UTF_8), kind + ": the export is stable");
		}
		assertEquals(2, review.findings(Period.year(2024), Osgi.ADMIN).size());
	}

	@Test
	void badFindingRowsAreListedAsFileRowColumnAndNothingIsStored() throws IOException {
		Path file = write("findings.csv", "案号,问题类型,责任人工号,发现日期,问题描述",
				CASE_A + ",瑕疵案件,20001,2024-03-05,送达程序存在瑕疵",
				CASE_B + ",瑕疵案件,29999,2024-03-06,判决书笔误",
				CASE_B + ",文书有误,20003,2024-03-06,判决书笔误",
				CASE_B + ",瑕疵案件,20003,2024-02-30,判决书笔误",
				"（2024川0724民初13号,瑕疵案件,20003,2024-03-06,判决书笔误");

		List<String> problems = problems("cases.findings", file);

		assertTrue(problems.contains("findings.csv:3:责任人工号"), problems::toString);
		assertTrue(problems.contains("findings.csv:4:问题类型"), problems::toString);
		assertTrue(problems.contains("findings.csv:5:发现日期"), problems::toString);
		assertTrue(problems.contains("findings.csv:6:案号"), problems::toString);
		assertEquals(4, problems.size(), problems::toString);
		assertEquals(List.of(), review.findings(Period.year(2024), Osgi.ADMIN), "the good row is not stored either");
	}

	@Test
	void talksAndFollowupsNamingAnUnknownFindingAreRejectedWhole() throws IOException {
		importFindings();
		Path talks = write("talks.csv", "案号,谈话对象工号,谈话日期,谈话人工号,谈话内容",
				CASE_A + ",20001,2024-03-08,20009,指出问题",
				CASE_A + ",20002,2024-03-08,20009,指出问题",
				CASE_A + ",20001,2024-03-01,20009,早于发现日期",
				CASE_A + ",20001,2024-03-09,29998,谈话人不存在");
		Path followups = write("followups.csv", "案号,责任人工号,开始日期,跟踪督察员工号,整改措施,核查销号日期",
				CASE_B + ",20003,2024-03-10,20002,整改,2024-03-20",
				CaseFiles.number(2024, "民初", 99) + ",20003,2024-03-10,20002,整改,");

		List<String> talkProblems = problems("cases.talks", talks);
		List<String> followupProblems = problems("cases.followups", followups);

		assertEquals(List.of("talks.csv:3:案号", "talks.csv:4:谈话日期", "talks.csv:5:谈话人工号"), talkProblems);
		assertEquals(List.of("followups.csv:2:核查情况", "followups.csv:3:案号"), followupProblems);
		for (ReviewFinding f : review.findings(Period.year(2024), Osgi.ADMIN)) {
			assertEquals(List.of(), review.talks(f.id()));
			assertEquals(List.of(), review.followups(f.id()));
		}
	}

	@Test
	void theCommandLineImportsALedgerAndPrintsBadRowsWithExitCodeOne() throws IOException {
		Path findings = write("findings.csv", "案号,问题类型,责任人工号,发现日期,问题描述",
				CASE_A + ",瑕疵案件,20001,2024-03-05,送达程序存在瑕疵");
		Path bad = write("talks.csv", "案号,谈话对象工号,谈话日期,谈话人工号,谈话内容", CASE_B + ",20003,2024-03-08,20009,提醒");

		Cli.Result imported = Cli.run("cases", "ledger", "import", "findings", findings.toString());
		Cli.Result rejected = Cli.run("cases", "ledger", "import", "talks", bad.toString());

		assertEquals(ExitCodes.OK, imported.exitCode(), imported::toString);
		assertTrue(imported.out().contains("findings.csv：1 行，新增 1"), imported::toString);
		assertEquals(ExitCodes.REJECTED, rejected.exitCode(), rejected::toString);
		assertTrue(rejected.err().contains("talks.csv:2:案号: "), rejected::toString);
	}

	@Test
	void theOfficesUsualWordingOfAProblemTypeIsReadAsTheTypeAndAnUnknownOneNamesTheClosest() throws IOException {
		Path usual = write("findings.csv", "案号,问题类型,责任人工号,发现日期,问题描述",
				CASE_A + ",文书表述不准确,20001,2024-03-05,判决书当事人称谓前后不一",
				CASE_B + ",系统使用不规范,20003,2024-03-06,电子卷宗未随案生成");
		Path unknown = write("unknown.csv", "案号,问题类型,责任人工号,发现日期,问题描述",
				CASE_A + ",文书错误,20001,2024-03-05,判决书笔误");

		assertEquals(2, ledgers.importFile("cases.findings", usual, Osgi.ADMIN).inserted());
		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("cases.findings", unknown, Osgi.ADMIN));

		assertEquals(List.of(FindingType.INACCURATE_WORDING, FindingType.NONSTANDARD_SYSTEM_USE),
				review.findings(Period.year(2024), Osgi.ADMIN).stream().map(ReviewFinding::type).toList());
		String reason = e.ledgerProblems().get(0).reason();
		assertTrue(reason.contains("瑕疵案件、裁判文书表述不准确、系统操作不规范、超审限、其他"), reason);
		assertTrue(reason.endsWith("您是否指：裁判文书表述不准确"), reason);
	}

	private void importAll() throws IOException {
		importFindings();
		ledgers.importFile("cases.talks", write("talks.csv", "案号,问题类型,谈话对象工号,谈话日期,谈话人工号,督察负责人工号,谈话内容",
				CASE_A + ",瑕疵案件,20001,2024-03-08,20009,20002,指出问题，提醒严格依法办案"), Osgi.ADMIN);
		ledgers.importFile("cases.followups", write("followups.csv",
				"案号,责任人工号,开始日期,跟踪督察员工号,整改措施,核查销号日期,核查情况",
				CASE_A + ",20001,2024-03-08,20002,组织学习并提交整改报告,2024-04-01,整改到位",
				CASE_B + ",20003,2024-03-10,20002,逐案自查,,"), Osgi.ADMIN);
	}

	private void importFindings() throws IOException {
		ledgers.importFile("cases.findings", write("findings.csv", "案号,问题类型,责任人工号,发现日期,问题描述",
				CASE_A + ",瑕疵案件,20001,2024-03-05,送达程序存在瑕疵",
				CASE_B + ",系统操作不规范,20003,2024-03-06,电子卷宗未随案生成"), Osgi.ADMIN);
	}

	/** The problems' file:row:column, in the order reported. */
	private List<String> problems(String kind, Path file) {
		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile(kind, file, Osgi.ADMIN));
		return e.ledgerProblems().stream().map(ReviewLedgerTest::location).toList();
	}

	private static String location(LedgerProblem p) {
		return p.file() + ":" + p.row() + (p.column() == null ? "" : ":" + p.column());
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
	}
}
