package ducha.team.core.tests;

import static ducha.team.core.tests.RosterCourt.ADMIN;
import static ducha.team.core.tests.RosterCourt.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.test.osgi.Osgi;

/**
 * The ledgers team-roster and team-groups: a court imports its roster and groups, re-imports with a term ended and a
 * successor; a file with a bad row is rejected whole, naming file:row:column, and nothing is stored.
 */
class RosterLedgersTest {

	private static final String HEADER = "工号,姓名,角色,部门,专业督察组,任职日期,免职日期,政治素质,业务能力,纪律作风,资历,任职文号\n";

	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@TempDir
	Path folder;

	@BeforeEach
	void court() {
		TeamTables.reset();
		RosterCourt.create();
	}

	@Test
	void aRosterIsImportedExportedAndATermEndedWithItsSuccessorInOneFile() throws Exception {
		assertEquals(3, importFile("team-roster", "roster.csv", HEADER + """
				40001,王立,政治督导员,立案庭,立案信访,2023-01-01,,政治立场坚定,业务骨干,无违纪,12 年,院政〔2023〕1号
				40011,,廉政监察员,ZXJ,执行,2023/1/1,,,,,,
				40021,周督,专职督察员,,,2023年1月1日,,,,,,
				""").inserted());
		assertEquals(List.of("40001", "王立", "政治督导员", "立案庭", "立案信访", "2023-01-01", "", "政治立场坚定", "业务骨干",
				"无违纪", "12 年", "院政〔2023〕1号"), rows("team-roster", OFFICE).stream()
						.filter(r -> r.get(0).equals("40001")).findFirst().orElseThrow());

		// the successor of 王立 starts the day after the last day the same file gives him
		LedgerImportResult second = importFile("team-roster", "roster2.csv", HEADER + """
				40002,赵庭,政治督导员,立案庭,立案信访,2024-07-01,,,,,,院政〔2024〕5号
				40001,王立,政治督导员,立案庭,立案信访,2023-01-01,2024-06-30,,,,,
				""");
		assertEquals(1, second.inserted());
		assertEquals(1, second.updated());
		RosterEntryCheck.holds(RosterCourt.WANG, LocalDate.of(2024, 6, 30));
		RosterEntryCheck.holds(RosterCourt.ZHAO, LocalDate.of(2024, 7, 1));
		assertEquals("院政〔2023〕1号", rows("team-roster", OFFICE).stream().filter(r -> r.get(0).equals("40001"))
				.findFirst().orElseThrow().get(11), "criteria not restated are kept");
		assertEquals(3, rows("team-roster", RosterCourt.HEAD_LAT).size(), "立案庭's two terms and the court-wide one");
	}

	@Test
	void badRosterRowsAreNamedByFileRowAndColumnAndNothingIsStored() throws Exception {
		importFile("team-roster", "stored.csv", HEADER + "40011,孙执,政治督导员,执行局,,2024-01-01,,,,,,\n");
		LedgerValidationException rejected = rejected("team-roster", "bad.csv", HEADER + """
				40001,王立,政治督导员,立案庭,,2024-01-01,,,,,,
				49999,,政治督导员,立案庭,,2024-01-01,,,,,,
				40002,钱某,廉政监察员,审委会,,2024-01-01,,,,,,
				40002,,廉政监察员,,,2024-01-01,,,,,,
				40021,,专职督察员,,,2024-05-01,2024-04-30,,,,,
				40002,,政治督导员,立案庭,,2024-06-01,,,,,,
				40012,,政治督导员,执行局,,2024-06-01,,,,,,
				40022,,督察长,,,2024-06-01,,,,,,
				""");
		assertEquals(List.of("bad.csv:3:工号", "bad.csv:4:姓名", "bad.csv:4:部门", "bad.csv:5:部门", "bad.csv:6:免职日期",
				"bad.csv:7:任职日期", "bad.csv:8:任职日期", "bad.csv:9:角色"), located(rejected));
		SupervisorService supervisors = Osgi.service(SupervisorService.class);
		assertEquals(1, supervisors.ofRole(SupervisorRole.POLITICAL_SUPERVISOR).size(), "row 2 was not stored");
		assertEquals(0, supervisors.ofRole(SupervisorRole.FULL_TIME_SUPERVISOR).size());
		assertThrows(AccessDeniedException.class, () -> ledgers.importFile("team-roster",
				folder.resolve("stored.csv"), RosterCourt.FULL_TIME), "importing appoints: supervisors.write");
	}

	@Test
	void groupMembersAreImportedWithTheirLeaderAndBadRowsAreRejected() throws Exception {
		String header = "组编号,专业督察组,工号,姓名,加入日期,退出日期,组长\n";
		assertEquals(3, importFile("team-groups", "groups.csv", header + """
				MSS,民商事,40001,王立,2024-01-01,,是
				MSS,民商事,40011,,2024-02-01,2024-06-30,否
				ZX,执行,40012,,2024-03-01,,
				""").inserted());
		assertEquals(List.of(List.of("MSS", "民商事", "40001", "王立", "2024-01-01", "", "是"),
				List.of("MSS", "民商事", "40011", "孙执", "2024-02-01", "2024-06-30", "否"),
				List.of("ZX", "执行", "40012", "钱执", "2024-03-01", "", "否")), rows("team-groups", OFFICE));
		assertEquals(LocalDate.of(2024, 1, 1), RosterCourt.groups().groups(OFFICE).get(0).establishedOn());

		LedgerValidationException rejected = rejected("team-groups", "bad.csv", header + """
				MSS,民事组,40002,,2024-03-01,,
				ZX,执行,49999,,2024-03-01,,
				ZX,执行,40002,,2024-05-01,2024-04-01,
				ZX,执行,40012,,2024-05-01,,
				XZ,行政综合,40021,,2024-01-01,,是
				XZ,行政综合,40022,,2024-01-01,,是
				XZ,行政,40023,,2024-01-01,,也许
				""");
		assertEquals(List.of("bad.csv:2:专业督察组", "bad.csv:3:工号", "bad.csv:4:退出日期", "bad.csv:5:加入日期",
				"bad.csv:7:组长", "bad.csv:8:组长"), located(rejected));
		assertEquals(3, rows("team-groups", OFFICE).size(), "nothing stored");
		assertEquals(2, RosterCourt.groups().groups(OFFICE).size());
	}

	private LedgerImportResult importFile(String kind, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return ledgers.importFile(kind, file, ADMIN);
	}

	private LedgerValidationException rejected(String kind, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return assertThrows(LedgerValidationException.class, () -> ledgers.importFile(kind, file, ADMIN));
	}

	private List<List<String>> rows(String kind, Principal reader) {
		return ledgers.kind(kind).orElseThrow().exportRows(reader);
	}

	private static List<String> located(LedgerValidationException rejected) {
		return rejected.ledgerProblems().stream().map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList();
	}

	/** Who holds a role on a day, through the service. */
	private static final class RosterEntryCheck {

		static void holds(String staffNo, LocalDate day) {
			assertEquals(List.of(staffNo), RosterCourt.roster().roster(day, OFFICE).stream()
					.filter(e -> "LAT".equals(e.assignment().departmentCode())).map(e -> e.staffNo()).toList(),
					"立案庭 on " + day);
		}
	}
}
