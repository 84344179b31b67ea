package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.security.Role;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;

/** {@code ducha-cli inspections plan|due|list|bulletin|import|export} run in-process against the test database. */
class InspectionsCliTest {

	private static final int LAST_YEAR = LocalDate.now().getYear() - 1;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	@TempDir
	Path folder;

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void theOfficePlansAYearFromMidYearAndListsWhatIsDue() {
		Map<String, String> office = CliLogin.as("office", null, Role.OFFICE_DIRECTOR);

		assertEquals(ExitCodes.OK, run(office, "inspections", "plan", "--year", String.valueOf(LAST_YEAR), "--from",
				LAST_YEAR + "-07-15", "--assignee", "甲组", "--assignee", "乙组"), err.toString());
		assertTrue(out.toString().contains(LAST_YEAR + "-R07\t" + LAST_YEAR + "-07-31\t例行督察\t贯彻落实上级部署\t甲组"),
				out.toString());
		assertTrue(out.toString().contains(LAST_YEAR + " 年督察计划共 8 项"), out.toString());

		assertEquals(ExitCodes.OK, run(office, "inspections", "due"), err.toString());
		assertTrue(out.toString().contains("到期 8 项，其中超期 8 项"), out.toString());
		assertEquals(ExitCodes.REJECTED, run(office, "inspections", "plan", "--year", "2025", "--from", "2025-13-01",
				"--assignee", "甲组"));
	}

	@Test
	void aDepartmentHeadMayNotPlanAndDoesNotSeeAnUnannouncedInspectionBeforeItIsClosed() {
		Inspection unannounced = Court.inspect(LocalDate.now().atStartOfDay().plusHours(8), InspectionMode.UNANNOUNCED,
				"LAF", Court.ZHANG);
		Map<String, String> head = CliLogin.as("chen", Court.CHEN, Role.DEPARTMENT_HEAD, "LAF");
		String month = YearMonth.now().toString();

		assertEquals(ExitCodes.NOT_PERMITTED, run(head, "inspections", "plan", "--year", "2025", "--assignee", "甲组"));
		assertEquals(ExitCodes.NOT_PERMITTED, run(head, "inspections", "due"));
		assertEquals(ExitCodes.OK, run(head, "inspections", "list", "--month", month), err.toString());
		assertTrue(out.toString().contains("共 0 次督察"), out.toString());
		assertTrue(!out.toString().contains(unannounced.inspectionNo()), out.toString());
		assertEquals(ExitCodes.OK, run(head, "inspections", "export", "inspections",
				folder.resolve("head.csv").toString()), err.toString());
		assertTrue(out.toString().contains("已导出 0 行"), out.toString());

		Map<String, String> office = CliLogin.as("office", null, Role.OFFICE_DIRECTOR);
		assertEquals(ExitCodes.OK, run(office, "inspections", "list", "--month", month), err.toString());
		assertTrue(out.toString().contains(unannounced.inspectionNo() + "\t"), out.toString());

		Osgi.service(InspectionService.class).close(unannounced.inspectionNo(), LocalDate.now(), Court.OFFICE);
		out.getBuffer().setLength(0);
		assertEquals(ExitCodes.OK, run(head, "inspections", "list", "--month", month), err.toString());
		assertTrue(out.toString().contains("共 1 次督察"), out.toString());
	}

	@Test
	void theListNamesTheInspectors() {
		Inspection inspected = Osgi.service(InspectionService.class).record(Inspection.of(
				LocalDate.now().atStartOfDay().plusHours(8), InspectionKind.ROUTINE, InspectionMode.OPEN,
				InspectionSource.ON_SITE, InspectionSubject.DISCIPLINE, List.of("LAF"), List.of(), "检查考勤")
				.withInspectors(List.of(Court.LIU, Court.CHEN)), null, Court.OFFICE);
		Map<String, String> office = CliLogin.as("office", null, Role.OFFICE_DIRECTOR);

		assertEquals(ExitCodes.OK, run(office, "inspections", "list", "--month", YearMonth.now().toString()),
				err.toString());
		assertTrue(out.toString().lines().anyMatch(l -> l.startsWith(inspected.inspectionNo() + "\t")
				&& l.contains("\t刘局、陈庭\t")), out.toString());
	}

	@Test
	void aBulletinIsIssuedAndWrittenAndALedgerWithABadRowIsRejected() throws Exception {
		Inspection open = Court.inspect(LocalDate.of(LAST_YEAR, 3, 5).atTime(9, 0), InspectionMode.OPEN, "ZXJ", null);
		Finding finding = Court.find(open, "ZXJ", Court.LI, LocalDate.of(LAST_YEAR, 3, 20));
		Map<String, String> office = CliLogin.as("office", null, Role.OFFICE_DIRECTOR);

		Path docx = folder.resolve("通报.docx");
		assertEquals(ExitCodes.OK, run(office, "inspections", "bulletin", "--title", "关于3月日常督察情况的通报", "--date",
				LAST_YEAR + "-04-02", "--finding", finding.findingNo(), "--out", docx.toString()), err.toString());
		assertTrue(Files.size(docx) > 0);
		assertTrue(out.toString().contains("关于3月日常督察情况的通报（" + LAST_YEAR + "年第"), out.toString());
		assertEquals(ExitCodes.REJECTED, run(office, "inspections", "bulletin", "--title", "通报", "--finding",
				finding.findingNo(), "--out", folder.resolve("x.txt").toString()));

		Path bad = folder.resolve("plans.csv");
		Files.writeString(bad, "计划编号,月份,督察类型,督察内容,专项主题,承办人,完成期限,督察编号\n"
				+ "2024-R03,2024-03,例行督察,作风纪律,,张督,2024-03-31,DC1999-404\n");
		assertEquals(ExitCodes.REJECTED, run(office, "inspections", "import", "plans", bad.toString()));
		assertTrue(err.toString().contains("plans.csv:2:督察编号"), err.toString());
		assertEquals(ExitCodes.REJECTED, run(office, "inspections", "import", "people", bad.toString()));
	}

	@Test
	void theHelpIsInTheDefaultChinese() {
		assertEquals(ExitCodes.OK, run(CliLogin.as("office", null, Role.OFFICE_DIRECTOR), "inspections", "--help"),
				err.toString());
		assertTrue(out.toString().contains("制定年度督察计划"), out.toString());
		assertTrue(out.toString().contains("签发按年编号的督察通报"), out.toString());
	}

	private int run(Map<String, String> login, String... args) {
		return new DuchaCli(new ByteArrayInputStream(new byte[0]), login).run(args, new PrintWriter(out),
				new PrintWriter(err));
	}
}
