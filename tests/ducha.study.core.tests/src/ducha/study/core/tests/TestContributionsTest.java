package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.study.ExamSession;
import ducha.study.MakeupRule;
import ducha.study.PaperQuestion;
import ducha.study.QuestionType;
import ducha.study.StudyTargets;
import ducha.study.StudyTest;
import ducha.study.TestService;

/** What the tests give the platform: archive entries, the pass-rate chart, the make-up tile and the reminders. */
class TestContributionsTest {

	@TempDir
	Path folder;

	private final TestService tests = Osgi.service(TestService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ExamCourt.create();
	}

	@Test
	void theResultIsInTheArchiveOnTheTestsDayAndTheMakeupOnItsOwn() {
		StudyTest test = scored(LocalDate.of(2025, 12, 10));
		tests.recordMakeup(test.code(), ExamCourt.WANG, 80, LocalDate.of(2026, 1, 15), ExamCourt.ADMIN);
		ArchiveContributor study = Osgi.services(ArchiveContributor.class).stream()
				.filter(c -> c.source().equals("study")).findFirst().orElseThrow();

		List<ArchiveEntry> in2025 = study.entries(ExamCourt.WANG, Period.year(2025), ExamCourt.ADMIN);
		assertEquals(List.of("study.test"), in2025.stream().map(ArchiveEntry::kind).toList());
		assertEquals(LocalDate.of(2025, 12, 10), in2025.get(0).date());
		assertTrue(in2025.get(0).title().contains("50 分"), in2025.get(0).title());
		assertTrue(in2025.get(0).detail().contains("最终成绩：60 分"), in2025.get(0).detail());
		List<ArchiveEntry> in2026 = study.entries(ExamCourt.WANG, Period.year(2026), ExamCourt.ADMIN);
		assertEquals(List.of("study.makeup"), in2026.stream().map(ArchiveEntry::kind).toList());
		assertEquals(List.of(), study.entries(ExamCourt.QIAN, Period.year(2025), ExamCourt.ADMIN), "no candidate");
	}

	@Test
	void thePassRateIsPerTestBeforeAndAfterMakeupsForTheStaffTheViewerSees() {
		StudyTest test = scored(LocalDate.of(2025, 12, 10));
		tests.recordMakeup(test.code(), ExamCourt.WANG, 80, LocalDate.of(2026, 1, 15), ExamCourt.ADMIN);
		DashboardChart chart = Osgi.services(DashboardChart.class).stream()
				.filter(c -> c.id().equals("study.pass-rate")).findFirst().orElseThrow();

		ChartData all = chart.compute(ExamCourt.ADMIN, 2025);
		assertEquals(List.of("2025Q4"), all.categories());
		assertEquals(List.of(33L), all.series().get(0).values(), "李明 of three");
		assertEquals(List.of(67L), all.series().get(1).values(), "and 王芳 after her make-up (capped at 60)");
		Principal head = ExamCourt.user("head", null, Role.DEPARTMENT_HEAD, "MS1");
		assertEquals(List.of(50L), chart.compute(head, 2025).series().get(0).values(), "MS1: 李明 and 王芳");
		assertEquals(List.of(), chart.compute(ExamCourt.user("li", ExamCourt.LI, Role.STAFF, "MS1"), 2025)
				.categories(), "staff see no one's rates");
		assertEquals(List.of(), chart.compute(ExamCourt.ADMIN, 2024).categories());
	}

	@Test
	void theTileCountsThisYearsPendingMakeups() {
		scored(LocalDate.now());
		DashboardTile tile = Osgi.services(DashboardTile.class).stream()
				.filter(t -> t.id().equals("study.pending-makeups")).findFirst().orElseThrow();
		assertEquals(StudyTargets.MAKEUPS, tile.target());
		assertEquals("3", tile.compute(ExamCourt.ADMIN).value(),
				"王芳 below the pass mark, 赵强 absent, 钱新 (hired this year, so a candidate) without a score");
		assertEquals("1", tile.compute(ExamCourt.user("head", null, Role.DEPARTMENT_HEAD, "XST")).value());
		assertEquals("2", tile.compute(ExamCourt.user("head", null, Role.DEPARTMENT_HEAD, "MS1")).value());
		assertEquals("—", tile.compute(ExamCourt.user("li", ExamCourt.LI, Role.STAFF, "MS1")).value());
	}

	@Test
	void staffAreRemindedOfTheirOpenExamAndTheOfficeOfAnswersToMark() {
		StudyTest exam = ExamCourt.examToday("2099Q9");
		Principal li = ExamCourt.user("li", ExamCourt.LI, Role.STAFF, "MS1");
		ReminderSource source = Osgi.services(ReminderSource.class).stream()
				.filter(s -> s.id().equals("study.exams")).findFirst().orElseThrow();
		List<Reminder> forLi = source.reminders(li, LocalDate.now());
		assertEquals(1, forLi.size());
		assertEquals(StudyTargets.MY_TESTS, forLi.get(0).target());
		assertEquals(List.of(), source.reminders(li, LocalDate.now().minusDays(1)), "not open the day before");

		ExamSession session = tests.startExam(exam.id(), li);
		long shortAnswer = tests.paper(exam.code(), ExamCourt.ADMIN).questions().stream()
				.filter(q -> q.question().type() == QuestionType.SHORT_ANSWER).map(PaperQuestion::question)
				.findFirst().orElseThrow().id();
		tests.submit(session.attempt().id(), Map.of(shortAnswer, "答案"), li);
		assertEquals(List.of(), source.reminders(li, LocalDate.now()), "handed in, nothing left to take");
		List<Reminder> office = source.reminders(ExamCourt.ADMIN, LocalDate.now());
		assertEquals(1, office.size());
		assertEquals(StudyTargets.TESTS, office.get(0).target());
		assertTrue(office.get(0).title().contains("1"), office.get(0).title());
	}

	/** A paper exam held on the day: 李明 85, 王芳 50, 赵强 absent. */
	private StudyTest scored(LocalDate heldOn) {
		StudyTest test = ExamCourt.paperExam(heldOn.getYear() + "Q" + ((heldOn.getMonthValue() - 1) / 3 + 1), heldOn,
				MakeupRule.CAPPED);
		tests.importScores(test.code(), Scores.csv(folder, "scores.csv", "工号,成绩,缺考", ExamCourt.LI + ",85,",
				ExamCourt.WANG + ",50,", ExamCourt.ZHAO + ",,是"), ExamCourt.ADMIN, null);
		return test;
	}
}
