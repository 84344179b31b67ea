package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.DataFolder;
import ducha.core.ValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.study.MakeupRule;
import ducha.study.PaperSpec;
import ducha.study.StudyTest;
import ducha.study.TestResult;
import ducha.study.TestMode;
import ducha.study.TestService;

/**
 * The make-up list (below the pass mark and absent), the final score by each rule, and who sees whose scores.
 * A paper exam held on 2025-12-10: 李明 85, 王芳 50, 赵强 absent; 钱新, hired in 2026, is no candidate.
 */
class MakeupTest {

	private static final LocalDate HELD = LocalDate.of(2025, 12, 10);

	@TempDir
	Path folder;

	private final TestService tests = Osgi.service(TestService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ExamCourt.create();
	}

	@Test
	void theMakeupListHoldsWhoeverIsBelowThePassMarkOrAbsent() {
		StudyTest test = heldWithScores("2025Q4", MakeupRule.CAPPED);
		List<TestResult> list = tests.makeupList(test.code(), ExamCourt.ADMIN);
		assertEquals(List.of(ExamCourt.WANG, ExamCourt.ZHAO), list.stream().map(TestResult::staffNo).toList());
		assertTrue(list.get(1).absent());
		assertEquals(List.of(ExamCourt.LI, ExamCourt.WANG, ExamCourt.ZHAO),
				tests.results(test.code(), ExamCourt.ADMIN).stream().map(TestResult::staffNo).toList(),
				"candidates: the staff employed on the test day");

		tests.recordMakeup(test.code(), ExamCourt.WANG, 80, LocalDate.of(2026, 1, 15), ExamCourt.ADMIN);
		assertEquals(List.of(ExamCourt.ZHAO),
				tests.makeupList(test.code(), ExamCourt.ADMIN).stream().map(TestResult::staffNo).toList());
	}

	@Test
	void aCappedMakeupCountsAtMostThePassMark() {
		StudyTest test = heldWithScores("2025Q4", MakeupRule.CAPPED);
		makeups(test);
		Map<String, TestResult> results = byStaff(tests.results(test.code(), ExamCourt.ADMIN));
		assertEquals(85, results.get(ExamCourt.LI).finalScore());
		assertEquals(60, results.get(ExamCourt.WANG).finalScore());
		assertEquals(45, results.get(ExamCourt.ZHAO).finalScore(), "a failed make-up counts as it is");
		assertTrue(results.get(ExamCourt.WANG).passed());
		assertFalse(results.get(ExamCourt.ZHAO).passed());
	}

	@Test
	void aReplacingMakeupReplacesTheScore() {
		StudyTest test = heldWithScores("2025Q4", MakeupRule.REPLACES);
		makeups(test);
		Map<String, TestResult> results = byStaff(tests.results(test.code(), ExamCourt.ADMIN));
		assertEquals(80, results.get(ExamCourt.WANG).finalScore());
		assertEquals(45, results.get(ExamCourt.ZHAO).finalScore());
		assertEquals(MakeupRule.REPLACES, tests.test(test.code()).orElseThrow().makeupRule());
	}

	@Test
	void aTestWithoutItsOwnRuleTakesTheOfficesSettingWhenItIsCreated() throws Exception {
		Path settings = DataFolder.configFile();
		String kept = Files.exists(settings) ? Files.readString(settings) : null;
		try {
			Files.writeString(settings, kept == null ? "" : kept.replaceAll("(?m)^study\\.makeup-rule=.*$", ""));
			assertEquals(MakeupRule.CAPPED, ExamCourt.paperExam("2025Q1", LocalDate.of(2025, 3, 1), null).makeupRule(),
					"the default");
			Files.writeString(settings, (kept == null ? "" : kept) + "\n" + MakeupRule.SETTING + "=REPLACES\n");
			assertEquals(MakeupRule.REPLACES, ExamCourt.paperExam("2025Q2", LocalDate.of(2025, 6, 1), null).makeupRule());
			assertEquals(MakeupRule.CAPPED, tests.test("2025Q1").orElseThrow().makeupRule(), "fixed with the test");
			Files.writeString(settings, (kept == null ? "" : kept) + "\n" + MakeupRule.SETTING + "=sometimes\n");
			ValidationException refused = assertThrows(ValidationException.class,
					() -> ExamCourt.paperExam("2025Q3", LocalDate.of(2025, 9, 1), null));
			assertTrue(refused.getMessage().contains(MakeupRule.SETTING), refused.getMessage());
		} finally {
			if (kept == null) {
				Files.deleteIfExists(settings);
			} else {
				Files.writeString(settings, kept);
			}
		}
	}

	@Test
	void noMakeupForWhoPassedNorBeforeTheTestNorForWhoWasNoCandidate() {
		StudyTest test = heldWithScores("2025Q4", MakeupRule.CAPPED);
		assertThrows(ValidationException.class,
				() -> tests.recordMakeup(test.code(), ExamCourt.LI, 90, LocalDate.of(2026, 1, 15), ExamCourt.ADMIN));
		assertThrows(ValidationException.class,
				() -> tests.recordMakeup(test.code(), ExamCourt.WANG, 90, HELD.minusDays(1), ExamCourt.ADMIN));
		assertThrows(ValidationException.class, () -> tests.recordMakeup(test.code(), ExamCourt.QIAN, 70,
				LocalDate.of(2026, 1, 15), ExamCourt.ADMIN), "hired after the test: no candidate");
	}

	@Test
	void staffSeeTheirOwnScoresDepartmentHeadsTheirDepartmentAndNeitherManages() {
		StudyTest test = heldWithScores("2025Q4", MakeupRule.CAPPED);
		Principal wang = ExamCourt.user("wang", ExamCourt.WANG, Role.STAFF, "MS1");
		Principal head = ExamCourt.user("head", ExamCourt.ZHAO, Role.DEPARTMENT_HEAD, "MS1");
		Principal leader = ExamCourt.user("leader", null, Role.COURT_LEADER);

		assertEquals(List.of(ExamCourt.WANG), staffNos(tests.results(test.code(), wang)));
		assertEquals(List.of(ExamCourt.WANG), staffNos(tests.myResults(wang)));
		assertEquals(List.of(ExamCourt.LI, ExamCourt.WANG, ExamCourt.ZHAO), staffNos(tests.results(test.code(), head)),
				"MS1 and the head's own score");
		assertEquals(3, tests.results(test.code(), leader).size());

		assertThrows(AccessDeniedException.class, () -> tests.makeupList(test.code(), wang));
		assertThrows(AccessDeniedException.class, () -> tests.makeupList(test.code(), head));
		assertThrows(AccessDeniedException.class,
				() -> tests.recordMakeup(test.code(), ExamCourt.WANG, 70, LocalDate.of(2026, 1, 15), head));
		StudyTest another = new StudyTest(0, "2025Q3", "第三季度", 2025, 3, LocalDate.of(2025, 9, 1), null, 60, 100,
				TestMode.PAPER, 0, 1L, PaperSpec.NONE, MakeupRule.CAPPED);
		assertThrows(AccessDeniedException.class, () -> tests.create(another, wang));
		assertThrows(AccessDeniedException.class, () -> tests.create(another, head));
	}

	private List<String> staffNos(List<TestResult> results) {
		return results.stream().map(TestResult::staffNo).toList();
	}

	private void makeups(StudyTest test) {
		tests.recordMakeup(test.code(), ExamCourt.WANG, 80, LocalDate.of(2026, 1, 15), ExamCourt.ADMIN);
		tests.recordMakeup(test.code(), ExamCourt.ZHAO, 45, LocalDate.of(2026, 1, 15), ExamCourt.ADMIN);
	}

	private StudyTest heldWithScores(String code, MakeupRule rule) {
		StudyTest test = ExamCourt.paperExam(code, HELD, rule);
		tests.importScores(code, Scores.csv(folder, "scores.csv", "工号,成绩,缺考", ExamCourt.LI + ",85,",
				ExamCourt.WANG + ",50,否", ExamCourt.ZHAO + ",,是"), ExamCourt.ADMIN, null);
		return test;
	}

	private static Map<String, TestResult> byStaff(List<TestResult> results) {
		return results.stream().collect(Collectors.toMap(TestResult::staffNo, Function.identity()));
	}
}
