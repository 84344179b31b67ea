package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.CaseBulletin;
import ducha.cases.FindingType;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.cases.WatchListService;
import ducha.cli.ExitCodes;
import ducha.core.Language;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

class CasesCommandTest {

	@TempDir
	Path dir;

	@BeforeEach
	void cleanCourt() {
		Osgi.resetCourt();
	}

	@Test
	void helpIsChineseUnlessEnglishIsChosen() {
		Cli.Result chinese = Cli.run("cases", "import", "--help");
		String chosen = System.getProperty(Language.PROPERTY);
		System.setProperty(Language.PROPERTY, "en");
		Cli.Result english;
		try {
			english = Cli.run("cases", "watchlist", "--help");
		} finally {
			if (chosen == null) {
				System.clearProperty(Language.PROPERTY);
			} else {
				System.setProperty(Language.PROPERTY, chosen);
			}
		}

		assertTrue(chinese.out().contains("导入案件管理系统导出的案件清单") && chinese.out().contains("案件清单（.csv 或 .xlsx）"),
				chinese::toString);
		assertTrue(english.out().contains("Lists the long-pending cases")
				&& english.out().contains("Department of the judge (code or name).")
				&& english.out().contains("At most this many cases"), english::toString);
	}

	@Test
	void importPrintsProgressAndCountsAndAReimportUpdates() throws IOException {
		Path file = new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 30).closed("刑初", 2, "20003", "XST", 90, 40)
				.write(dir, "cases.csv");

		Cli.Result first = Cli.run("cases", "import", file.toString());
		Cli.Result again = Cli.run("cases", "import", file.toString());

		assertEquals(ExitCodes.OK, first.exitCode(), first::toString);
		assertTrue(first.out().contains("导入案件 cases.csv …") && first.out().contains("100%"), first::toString);
		assertTrue(first.out().contains("cases.csv：2 行，新增 2 件，更新 0 件"), first::toString);
		assertTrue(again.out().contains("新增 0 件，更新 2 件"), again::toString);
		assertEquals(2, Osgi.service(CaseRegister.class).count(CaseQuery.ALL, Osgi.ADMIN));
	}

	@Test
	void aFileWithBadRowsIsRejectedWholeWithEveryRowAsFileRowColumn() throws IOException {
		Path file = new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 30)
				.line(CaseFiles.number(2024, "民初", 2), "借款纠纷", "29999", "MS1", "2024-02-01", "普通", "", "", "在审")
				.line(CaseFiles.number(2024, "民初", 3), "借款纠纷", "20001", "MS1", "2024-02-30", "普通", "", "", "在审")
				.write(dir, "bad.csv");

		Cli.Result result = Cli.run("cases", "import", file.toString());

		assertEquals(ExitCodes.REJECTED, result.exitCode(), result::toString);
		assertTrue(result.err().contains("bad.csv:3:承办人工号"), result::toString);
		assertTrue(result.err().contains("bad.csv:4:立案日期"), result::toString);
		assertEquals(0, Osgi.service(CaseRegister.class).count(CaseQuery.ALL, Osgi.ADMIN), "nothing stored");
	}

	@Test
	void exportWritesTheVisibleCasesAsCsvFilteredByDepartmentAndAsXlsxThatImportsBack() throws IOException {
		importCases(new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 30).open("刑初", 2, "20003", "XST", "普通", 30));
		Path csv = dir.resolve("民一庭.csv");
		Path xlsx = dir.resolve("全部.xlsx");

		Cli.Result filtered = Cli.run("cases", "export", "--department", "民事审判第一庭", csv.toString());
		Cli.Result all = Cli.run("cases", "export", xlsx.toString());

		assertEquals(ExitCodes.OK, filtered.exitCode(), filtered::toString);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(2, lines.size(), lines::toString);
		assertTrue(lines.get(1).contains("民初1号"), lines::toString);
		assertEquals(ExitCodes.OK, all.exitCode(), all::toString);
		assertTrue(all.out().contains("已导出 2 件"), all::toString);
		Cli.Result reimported = Cli.run("cases", "import", xlsx.toString());
		assertEquals(ExitCodes.OK, reimported.exitCode(), reimported::toString);
		assertTrue(reimported.out().contains("新增 0 件，更新 2 件"), reimported::toString);
	}

	@Test
	void watchlistListsLongPendingCasesWithAgeAndRuleAndFilters() throws IOException {
		// 民初/普通 is flagged at 80% of 180 days = 144 days; the catch-all rule at 365 days
		importCases(new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 150).open("民初", 2, "20002", "MS1", "普通", 100)
				.open("刑初", 3, "20003", "XST", "普通", 400));
		WatchListService watchList = Osgi.service(WatchListService.class);
		long flagged = watchList.countLongPending(CaseQuery.ALL, LocalDate.now(), Osgi.ADMIN);

		Cli.Result all = Cli.run("cases", "watchlist");
		Cli.Result civil = Cli.run("cases", "watchlist", "--department", "MS1");
		Cli.Result old = Cli.run("cases", "watchlist", "--min-age", "300", "--limit", "5");
		Cli.Result earlier = Cli.run("cases", "watchlist", "--as-of", LocalDate.now().minusDays(10).toString());

		assertEquals(ExitCodes.OK, all.exitCode(), all::toString);
		assertEquals(2, flagged);
		assertTrue(all.out().contains("长期未结案件共 " + flagged + " 件"), all::toString);
		assertTrue(all.out().contains("\t150\t普通程序审限已用 80%"), all::toString);
		assertFalse(all.out().contains("民初2号"), all::toString);
		assertFalse(civil.out().contains("刑初3号"), civil::toString);
		assertTrue(civil.out().contains("民初1号"), civil::toString);
		assertTrue(old.out().contains("刑初3号") && !old.out().contains("民初1号"), old::toString);
		assertFalse(earlier.out().contains("民初1号"), "140 days old ten days ago: not yet flagged");
		Cli.Result unknown = Cli.run("cases", "watchlist", "--judge", "29999");
		assertEquals(ExitCodes.REJECTED, unknown.exitCode(), unknown::toString);
	}

	@Test
	void remindPrintsDueAndOverdueOrdersAndSweepPrintsWhatEscalated() throws IOException {
		importCases(new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 200).open("刑初", 2, "20003", "XST", "普通", 200));
		int year = LocalDate.now().minusDays(200).getYear();
		SupervisionService supervision = Osgi.service(SupervisionService.class);
		LocalDate issued = LocalDate.of(2024, 3, 1);
		SupervisionOrder late = supervision.issue(CaseFiles.number(year, "民初", 1), SupervisionLevel.DEPARTMENT_HEAD,
				"20001", issued, issued.plusDays(10), "限期审结", Osgi.ADMIN);
		SupervisionOrder soon = supervision.issue(CaseFiles.number(year, "刑初", 2), SupervisionLevel.DEPARTMENT_HEAD,
				"20003", issued, issued.plusDays(30), "限期审结", Osgi.ADMIN);
		String day = issued.plusDays(12).toString();

		Cli.Result list = Cli.run("cases", "remind", "--as-of", day);
		Cli.Result sweep = Cli.run("cases", "remind", "--as-of", day, "--sweep");
		Cli.Result sweepAgain = Cli.run("cases", "remind", "--as-of", day, "--sweep");

		assertEquals(ExitCodes.OK, list.exitCode(), list::toString);
		assertTrue(list.out().contains("[已超期] 督办单 " + late.id() + " 已超期 2 天"), list::toString);
		assertTrue(list.out().contains("已超期 1 件，即将到期 0 件"), list::toString);
		assertFalse(list.out().contains("督办单 " + soon.id() + " "), "12 of 30 days: not due yet");
		assertEquals(ExitCodes.OK, sweep.exitCode(), sweep::toString);
		assertTrue(sweep.out().contains("升级：督办单 " + late.id() + " "), sweep::toString);
		assertTrue(sweep.out().contains("部门负责人 → 分管院领导"), sweep::toString);
		assertTrue(sweep.out().contains("近期升级 1 次"), sweep::toString);
		assertFalse(sweepAgain.out().contains("升级：督办单"), sweepAgain::toString);
	}

	@Test
	void aLoggedInUserSeesOnlyTheirDepartmentsAndNeedsTheRightPermission() throws IOException {
		importCases(new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 150).open("刑初", 3, "20003", "XST", "普通", 400));
		UserService users = Osgi.service(UserService.class);
		users.addUser(new UserAccount("minyi", "民一庭庭长", "20001", Set.of(Role.DEPARTMENT_HEAD),
				DepartmentScope.of(Set.of("MS1")), true), "secret-1".toCharArray(), Osgi.ADMIN);
		users.addUser(new UserAccount("ganjing", "干警", "20002", Set.of(Role.STAFF), DepartmentScope.of(Set.of("MS1")),
				true), "secret-2".toCharArray(), Osgi.ADMIN);
		// each replaces the password the administrator set, as ducha-cli asks at the first log-in
		users.changePassword("minyi", "secret-1".toCharArray(),
				users.authenticate("minyi", "secret-1".toCharArray()).orElseThrow());
		users.changePassword("ganjing", "secret-2".toCharArray(),
				users.authenticate("ganjing", "secret-2".toCharArray()).orElseThrow());

		Cli.Result head = Cli.as("minyi", "secret-1", "cases", "watchlist");
		Cli.Result staff = Cli.as("ganjing", "secret-2", "cases", "remind");
		Cli.Result wrong = Cli.as("minyi", "wrong", "cases", "remind");

		assertEquals(ExitCodes.OK, head.exitCode(), head::toString);
		assertTrue(head.out().contains("民初1号") && !head.out().contains("刑初3号"), head::toString);
		assertEquals(ExitCodes.NOT_PERMITTED, staff.exitCode(), staff::toString);
		assertEquals(ExitCodes.NOT_LOGGED_IN, wrong.exitCode(), wrong::toString);
	}

	@Test
	void bulletinWritesThePdfOfAnIssuedBulletin() throws IOException {
		ReviewService review = Osgi.service(ReviewService.class);
		ReviewFinding finding = review.addFinding(CaseFiles.number(2024, "民初", 7), FindingType.DEFECTIVE_CASE, "20001",
				LocalDate.of(2024, 5, 6), "送达程序存在瑕疵", Osgi.ADMIN);
		CaseBulletin bulletin = review.issueBulletin(LocalDate.of(2024, 5, 20), "案件质量评查情况通报",
				List.of(finding.id()), Osgi.ADMIN);
		Path pdf = dir.resolve("通报.pdf");

		Cli.Result listed = Cli.run("cases", "bulletins", "--year", "2024");
		Cli.Result written = Cli.run("cases", "bulletin", String.valueOf(bulletin.id()), "--format", "pdf", "--out",
				pdf.toString());
		Cli.Result unknown = Cli.run("cases", "bulletin", "999999", "--out", dir.resolve("x.pdf").toString());

		assertTrue(listed.out().contains(bulletin.id() + "\t2024年第1期\t2024-05-20"), listed::toString);
		assertEquals(ExitCodes.OK, written.exitCode(), written::toString);
		assertTrue(written.out().contains("2024年第1期"), written::toString);
		assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		assertEquals(ExitCodes.REJECTED, unknown.exitCode(), unknown::toString);
		assertFalse(Files.exists(dir.resolve("x.pdf")), "no empty file for an unknown bulletin");
	}

	private void importCases(CaseFiles files) throws IOException {
		Osgi.service(CaseRegister.class).importFile(files.write(dir, "setup.csv"), Osgi.ADMIN, null);
	}
}
