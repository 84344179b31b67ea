package ducha.study.core.tests;

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
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.security.Role;
import ducha.study.Review;
import ducha.study.ReviewAssignment;
import ducha.study.ReviewProblem;
import ducha.study.ReviewService;

/** {@code ducha-cli study assign|reviews|feedback} run in-process against the test database. */
class ReviewCliTest {

	private static final YearMonth MONTH = YearMonth.from(LocalDate.now().minusDays(2));

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	@TempDir
	Path folder;

	@BeforeEach
	void court() {
		StudyTables.reset();
		ReviewCourt.create();
	}

	@Test
	void assignPrintsAProposalWithinTheRulesAndSaveStoresIt() {
		Map<String, String> office = StudyCliLogin.as("office", null, Role.OFFICE_DIRECTOR);

		assertEquals(ExitCodes.OK, run(office, "study", "assign", "--month", MONTH.toString()), err.toString());
		assertTrue(out.toString().startsWith(MONTH + " 月调阅安排建议"), out.toString());
		List<ReviewAssignment> stored = Osgi.service(ReviewService.class).assignments(MONTH, ReviewCourt.OFFICE);
		assertEquals(List.of(), stored, "without --save nothing is stored");

		assertEquals(ExitCodes.OK, run(office, "study", "assign", "--month", MONTH.toString(), "--save"),
				err.toString());
		stored = Osgi.service(ReviewService.class).assignments(MONTH, ReviewCourt.OFFICE);
		assertTrue(!stored.isEmpty(), out.toString());
		for (ReviewAssignment line : stored) {
			// 郑导's role ended last year: only 周政 (民一庭) and 吴督 (刑庭) review, never their own department
			assertTrue(Set.of(ReviewCourt.ZHOU, ReviewCourt.WU).contains(line.reviewerStaffNo()), line.toString());
			assertTrue(!line.departmentCode().equals(line.reviewerStaffNo().equals(ReviewCourt.ZHOU) ? "MS1" : "XST"),
					line.toString());
			assertTrue(out.toString().contains(line.reviewerStaffNo()), out.toString());
		}
		assertTrue(out.toString().contains("已保存为 " + MONTH + " 的月调阅安排，共 " + stored.size() + " 条"), out.toString());
	}

	@Test
	void assignIsRefusedToAPoliticalSupervisorAndABadMonthIsRejected() {
		assertEquals(ExitCodes.NOT_PERMITTED, run(StudyCliLogin.as("zhou", ReviewCourt.ZHOU,
				Role.POLITICAL_SUPERVISOR), "study", "assign", "--month", MONTH.toString()));
		assertEquals(ExitCodes.REJECTED, run(StudyCliLogin.as("office", null, Role.OFFICE_DIRECTOR), "study",
				"assign", "--month", "2024-13"));
		assertTrue(err.toString().contains("2024-13"), err.toString());
	}

	@Test
	void reviewsListsTheMonthAndFeedbackWritesTheNumberedDocument() throws Exception {
		ReviewCourt.assign(MONTH);
		Osgi.service(ReviewService.class).record(Review.of(MONTH, ReviewCourt.ZHOU, "XST",
				LocalDate.now().minusDays(2), List.of(ReviewCourt.ZHAO, ReviewCourt.SUN),
				List.of(ReviewProblem.of("缺少签到表", "补充签到表"))), ReviewCourt.zhou());
		Map<String, String> office = StudyCliLogin.as("office", null, Role.OFFICE_DIRECTOR);

		assertEquals(ExitCodes.OK, run(office, "study", "reviews", "--month", MONTH.toString()), err.toString());
		assertTrue(out.toString().contains("刑事审判庭\t" + ReviewCourt.ZHOU), out.toString());
		assertTrue(out.toString().contains("共 1 次调阅，2 人次"), out.toString());

		Path docx = folder.resolve("反馈.docx");
		assertEquals(ExitCodes.OK, run(office, "study", "feedback", "--month", MONTH.toString(), "--department",
				"刑事审判庭", "--out", docx.toString()), err.toString());
		assertTrue(Files.size(docx) > 0);
		assertTrue(out.toString().contains("学习记录调阅情况的反馈"), out.toString());
		assertEquals(ExitCodes.REJECTED, run(office, "study", "feedback", "--month", MONTH.toString(),
				"--department", "审委会", "--out", folder.resolve("x.pdf").toString()));
	}

	@Test
	void theHelpOfTheReviewCommandsIsInTheDefaultChinese() {
		assertEquals(ExitCodes.OK, run(StudyCliLogin.as("office", null, Role.OFFICE_DIRECTOR), "study", "--help"),
				err.toString());
		assertTrue(out.toString().contains("生成某月的月调阅安排建议"), out.toString());
		assertTrue(out.toString().contains("出具某月对一个部门的调阅情况反馈"), out.toString());
	}

	private int run(Map<String, String> login, String... args) {
		return new DuchaCli(new ByteArrayInputStream(new byte[0]), login).run(args, new PrintWriter(out),
				new PrintWriter(err));
	}
}
