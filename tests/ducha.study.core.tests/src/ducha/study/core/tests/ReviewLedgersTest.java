package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
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
import ducha.core.security.Role;

/** The ledgers of the study records and reviews: a court imports its past year; a bad row rejects the file. */
class ReviewLedgersTest {

	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@TempDir
	Path folder;

	@BeforeEach
	void court() {
		StudyTables.reset();
		ReviewCourt.create();
	}

	@Test
	void aYearOfSessionsAssignmentsReviewsAndProblemsIsImportedAndExportedAgain() throws Exception {
		assertEquals(2, importFile("study.sessions", "sessions.csv", """
				编号,部门,学习日期,学习形式,学习主题,参加人员工号,学时,学习记录
				XX2024-001,民事审判第一庭,2024-03-05,支部三会一课,学习习近平法治思想,20001、20002,2,领学原文
				XX2024-002,XST,2024/3/8,第一议题,学习全国两会精神,20003 20004,1.5,
				""").inserted());
		assertEquals(2, importFile("study.review-assignments", "assignments.csv", """
				月份,调阅人工号,被调阅部门
				2024-03,20010,刑事审判庭
				2024年3月,20011,MS1
				""").inserted());
		assertEquals(1, importFile("study.reviews", "reviews.csv", """
				编号,月份,调阅人工号,被调阅部门,调阅日期,调阅干警工号
				DY2024-001,2024-03,20010,XST,2024-03-25,20003、20004
				""").inserted());
		assertEquals(2, importFile("study.review-problems", "problems.csv", """
				调阅编号,序号,发现问题,整改要求,整改核查情况,核查日期
				DY2024-001,1,学习记录过于简单,补充研讨记录,已补充,2024-04-10
				DY2024-001,2,缺少签到表,补充签到表,,
				""").inserted());

		assertEquals(List.of(List.of("DY2024-001", "2024-03", "20010", "刑事审判庭", "2024-03-25", "20003、20004")),
				rows("study.reviews"));
		assertEquals(List.of("DY2024-001", "1", "学习记录过于简单", "补充研讨记录", "已补充", "2024-04-10"),
				rows("study.review-problems").get(0));
		assertEquals(List.of("XX2024-002", "刑事审判庭", "2024-03-08", "第一议题", "学习全国两会精神", "20003、20004", "1.5", ""),
				rows("study.sessions").get(1));
		assertEquals(List.of(List.of("2024-03", "20011", "民事审判第一庭"), List.of("2024-03", "20010", "刑事审判庭")),
				rows("study.review-assignments"));
	}

	@Test
	void badSessionRowsAreRejectedByFileRowAndColumnAndNothingIsStored() throws Exception {
		LedgerValidationException rejected = rejected("study.sessions", "sessions.csv", """
				编号,部门,学习日期,学习形式,学习主题,参加人员工号,学时,学习记录
				XX-1,民事审判第一庭,2024-03-05,支部三会一课,学习法治思想,20001,2,
				XX-2,审委会,2024-03-05,讲座,学习法治思想,20001、99999,0,
				XX-1,MS1,2999-01-01,第一议题,,20001,2,
				""");
		assertEquals(List.of("sessions.csv:3:部门", "sessions.csv:3:学习形式", "sessions.csv:3:参加人员工号",
				"sessions.csv:3:学时", "sessions.csv:4:编号", "sessions.csv:4:学习日期", "sessions.csv:4:学习主题"),
				located(rejected));
		assertEquals(List.of(), rows("study.sessions"));
	}

	@Test
	void aDepartmentHeadMayNotImportSessionsOfEveryDepartment() throws Exception {
		Path file = folder.resolve("sessions.csv");
		Files.writeString(file, """
				编号,部门,学习日期,学习形式,学习主题,参加人员工号,学时,学习记录
				XX-1,XST,2024-03-05,支部三会一课,学习法治思想,20003,2,
				""");
		assertThrows(AccessDeniedException.class, () -> ledgers.importFile("study.sessions", file,
				ReviewCourt.user("head", ReviewCourt.LI, Role.DEPARTMENT_HEAD, "MS1")));
		assertEquals(List.of(), rows("study.sessions"));
	}

	@Test
	void badAssignmentAndReviewRowsAreRejectedByFileRowAndColumn() throws Exception {
		LedgerValidationException assignments = rejected("study.review-assignments", "assignments.csv", """
				月份,调阅人工号,被调阅部门
				2024-03,20010,民事审判第一庭
				2024-13,20011,MS1
				2024-03,99999,XST
				2024-03,20012,刑事审判庭
				2024-04,20011,XST
				""");
		assertEquals(List.of("assignments.csv:2:被调阅部门", "assignments.csv:3:月份", "assignments.csv:4:调阅人工号",
				"assignments.csv:5:被调阅部门", "assignments.csv:6:被调阅部门"), located(assignments));
		assertEquals(List.of(), rows("study.review-assignments"));

		LedgerValidationException reviews = rejected("study.reviews", "reviews.csv", """
				编号,月份,调阅人工号,被调阅部门,调阅日期,调阅干警工号
				DY-1,2024-03,20010,XST,2024-02-28,20003
				DY-2,2024-03,20010,XST,2024-03-25,20003、20001、99999
				""");
		assertEquals(List.of("reviews.csv:2:调阅日期", "reviews.csv:3:调阅干警工号", "reviews.csv:3:调阅干警工号"),
				located(reviews));
		assertEquals(List.of(), rows("study.reviews"));
	}

	@Test
	void aProblemOfAReviewNotStoredIsRejectedAndNothingIsStored() throws Exception {
		importFile("study.reviews", "reviews.csv", """
				编号,月份,调阅人工号,被调阅部门,调阅日期,调阅干警工号
				DY-1,2024-03,20010,XST,2024-03-25,20003
				""");
		LedgerValidationException rejected = rejected("study.review-problems", "problems.csv", """
				调阅编号,序号,发现问题,整改要求,整改核查情况,核查日期
				DY-1,1,缺少签到表,补充签到表,,
				DY-9,1,记录简单,补充记录,,
				DY-1,1,记录简单,补充记录,已补充,
				DY-1,2,记录简单,补充记录,已补充,2024-03-01
				""");
		assertEquals(List.of("problems.csv:3:调阅编号", "problems.csv:4:序号", "problems.csv:4:核查日期",
				"problems.csv:5:核查日期"),
				located(rejected));
		assertEquals(List.of(), rows("study.review-problems"));
	}

	private LedgerImportResult importFile(String kind, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return ledgers.importFile(kind, file, ReviewCourt.ADMIN);
	}

	private LedgerValidationException rejected(String kind, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content);
		return assertThrows(LedgerValidationException.class, () -> ledgers.importFile(kind, file, ReviewCourt.ADMIN));
	}

	private List<List<String>> rows(String kind) {
		return ledgers.kind(kind).orElseThrow().exportRows(ReviewCourt.ADMIN);
	}

	private static List<String> located(LedgerValidationException rejected) {
		return rejected.ledgerProblems().stream().map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList();
	}
}
