package ducha.team.core.tests;

import static ducha.team.core.tests.MeetingCourt.LAST_YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.test.osgi.Osgi;

/** The ledgers {@code team-meetings} and {@code team-problems}: imported, exported, and bad rows rejected whole. */
class MeetingLedgersTest {

	private static final String MEETINGS = """
			会议日期,会议名称,主持人工号,参会人员工号,会议纪要
			%1$d-01-15,月度工作例会,40001,40002、40003、40004,通报督察情况
			%1$d/2/12,月度工作例会,,40005 40006,
			""".formatted(LAST_YEAR);

	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@TempDir
	Path folder;

	@BeforeEach
	void court() {
		MeetingCourt.create();
	}

	@Test
	void meetingsAndTheirProblemsAreImportedAndExportedAgain() throws Exception {
		assertEquals(2, importFile("team-meetings", "meetings.csv", MEETINGS).inserted());
		assertEquals(2, importFile("team-problems", "problems.csv", """
				会议日期,序号,提出人工号,问题,涉及部门,分析情况,分析日期,解决措施,责任人工号,解决期限,解决日期,解决情况
				%1$d-01-15,1,40003,风险点清单未更新,立案庭,未随岗位调整,%1$d-01-15,重新梳理,40004,%1$d-02-15,%1$d-02-10,已备案
				%1$d-02-12,1,40005,案款发放慢,ZXJ,,,,,,,
				""".formatted(LAST_YEAR)).inserted());

		assertEquals(List.of(List.of(LAST_YEAR + "-01-15", "月度工作例会", "40001", "40002、40003、40004", "通报督察情况"),
				List.of(LAST_YEAR + "-02-12", "月度工作例会", "", "40005、40006", "")), rows("team-meetings", MeetingCourt.HEAD));
		assertEquals(List.of(LAST_YEAR + "-01-15", "1", "40003", "风险点清单未更新", "立案庭", "未随岗位调整", LAST_YEAR + "-01-15",
				"重新梳理", "40004", LAST_YEAR + "-02-15", LAST_YEAR + "-02-10", "已备案"),
				rows("team-problems", MeetingCourt.HEAD).get(0));
		assertEquals(List.of(LAST_YEAR + "-02-12", "1", "40005", "案款发放慢", "执行局", "", "", "", "", "", "", ""),
				rows("team-problems", MeetingCourt.HEAD).get(1));

		// a second import updates by key
		assertEquals(1, importFile("team-meetings", "again.csv", """
				会议日期,会议名称,主持人工号,参会人员工号,会议纪要
				%d-01-15,临时例会,40001,40002,
				""".formatted(LAST_YEAR)).updated());
		assertEquals("临时例会", rows("team-meetings", MeetingCourt.HEAD).get(0).get(1));
		assertThrows(AccessDeniedException.class, () -> rows("team-meetings", MeetingCourt.STAFF));
	}

	@Test
	void badMeetingRowsAreNamedByFileRowAndColumnAndNothingIsStored() throws Exception {
		LedgerValidationException rejected = rejected("team-meetings", "bad.csv", """
				会议日期,会议名称,主持人工号,参会人员工号,会议纪要
				%1$d-01-15,月度工作例会,40001,40002,
				2999-01-01,月度工作例会,88888,40002、77777,
				%1$d-01-15,,40001,,
				""".formatted(LAST_YEAR));
		assertEquals(List.of("bad.csv:3:会议日期", "bad.csv:3:主持人工号", "bad.csv:3:参会人员工号", "bad.csv:4:会议日期",
				"bad.csv:4:会议名称", "bad.csv:4:参会人员工号"), located(rejected));
		assertEquals(List.of(), rows("team-meetings", MeetingCourt.OFFICE));
		assertThrows(AccessDeniedException.class, () -> ledgers.importFile("team-meetings",
				folder.resolve("bad.csv"), MeetingCourt.HEAD), "a reader may not import");
	}

	@Test
	void badProblemRowsAreNamedByFileRowAndColumnAndNothingIsStored() throws Exception {
		importFile("team-meetings", "meetings.csv", MEETINGS);
		LedgerValidationException rejected = rejected("team-problems", "problems.csv", """
				会议日期,序号,提出人工号,问题,涉及部门,分析情况,分析日期,解决措施,责任人工号,解决期限,解决日期,解决情况
				%1$d-01-15,1,40003,风险点清单未更新,立案庭,,,,,,,
				%1$d-01-15,0,40003,问题,不存在的庭,分析,%1$d-01-10,措施,40004,%1$d-02-15,,
				%1$d-01-15,2,40003,问题,立案庭,分析,,,,,%1$d-02-01,
				%1$d-03-01,1,40003,问题,立案庭,,,,,,,
				""".formatted(LAST_YEAR));
		assertEquals(List.of("problems.csv:3:序号", "problems.csv:3:涉及部门", "problems.csv:3:分析日期",
				"problems.csv:4:分析日期", "problems.csv:4:解决日期", "problems.csv:4:解决情况", "problems.csv:5:会议日期"),
				located(rejected));
		assertEquals(List.of(), rows("team-problems", MeetingCourt.OFFICE));
	}

	private LedgerImportResult importFile(String kind, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return ledgers.importFile(kind, file, MeetingCourt.OFFICE);
	}

	private LedgerValidationException rejected(String kind, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return assertThrows(LedgerValidationException.class, () -> ledgers.importFile(kind, file, MeetingCourt.OFFICE));
	}

	private List<List<String>> rows(String kind, Principal reader) {
		return ledgers.kind(kind).orElseThrow().exportRows(reader);
	}

	private static List<String> located(LedgerValidationException rejected) {
		return rejected.ledgerProblems().stream().map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList();
	}
}
