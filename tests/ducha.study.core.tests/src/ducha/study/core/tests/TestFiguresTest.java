package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.study.MakeupRule;
import ducha.study.StudyTest;
import ducha.study.TestResult;
import ducha.study.TestService;

/**
 * {@code study.tests} and {@code study.makeup_staff} over 2025 against counts taken through the service, with tests
 * on both sides of the year's edges and a make-up in January 2026 for the December 2025 test.
 */
class TestFiguresTest {

	@TempDir
	Path folder;

	private final TestService tests = Osgi.service(TestService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ExamCourt.create();
	}

	@Test
	void testsAndMakeupStaffCountByTheTestsDate() {
		ExamCourt.paperExam("2024Q4", LocalDate.of(2024, 12, 31), MakeupRule.CAPPED); // before
		StudyTest first = ExamCourt.paperExam("2025Q1", LocalDate.of(2025, 1, 1), MakeupRule.CAPPED);
		StudyTest last = ExamCourt.paperExam("2025Q4", LocalDate.of(2025, 12, 31), MakeupRule.REPLACES);
		StudyTest next = ExamCourt.paperExam("2026Q1", LocalDate.of(2026, 1, 1), MakeupRule.CAPPED); // after

		failAll(first);
		tests.recordMakeup(first.code(), ExamCourt.WANG, 70, LocalDate.of(2025, 2, 1), ExamCourt.ADMIN);
		failAll(last);
		// in the next year, for a test of this one: counts in 2025; 王芳 again (counted once)
		tests.recordMakeup(last.code(), ExamCourt.WANG, 70, LocalDate.of(2026, 1, 20), ExamCourt.ADMIN);
		tests.recordMakeup(last.code(), ExamCourt.ZHAO, 65, LocalDate.of(2026, 1, 20), ExamCourt.ADMIN);
		failAll(next);
		tests.recordMakeup(next.code(), ExamCourt.LI, 70, LocalDate.of(2026, 2, 1), ExamCourt.ADMIN);

		Map<String, Long> figures = figures(Period.year(2025));
		long heldIn2025 = tests.tests(ExamCourt.ADMIN).stream()
				.filter(t -> Period.year(2025).contains(t.heldOn())).count();
		long makeupStaff = tests.tests(ExamCourt.ADMIN).stream().filter(t -> Period.year(2025).contains(t.heldOn()))
				.flatMap(t -> tests.results(t.code(), ExamCourt.ADMIN).stream())
				.filter(r -> r.makeupScore() != null).map(TestResult::staffNo).distinct().count();
		assertEquals(2, heldIn2025);
		assertEquals(2, makeupStaff);
		assertEquals(heldIn2025, figures.get("study.tests"));
		assertEquals(makeupStaff, figures.get("study.makeup_staff"));

		Map<String, Long> next2026 = figures(Period.year(2026));
		assertEquals(1L, next2026.get("study.tests"));
		assertEquals(1L, next2026.get("study.makeup_staff"), "the January make-ups of the 2025 test stay in 2025");
	}

	private void failAll(StudyTest test) {
		tests.importScores(test.code(), Scores.csv(folder, test.code() + ".csv", "工号,成绩", ExamCourt.LI + ",40",
				ExamCourt.WANG + ",40", ExamCourt.ZHAO + ",40"), ExamCourt.ADMIN, null);
	}

	private static Map<String, Long> figures(Period period) {
		ReportSection section = Osgi.services(ReportSection.class).stream().filter(s -> s.section().equals("study"))
				.findFirst().orElseThrow();
		Map<String, Long> figures = new LinkedHashMap<>();
		for (ReportFigure f : section.figures(period)) {
			figures.put(f.key(), f.value());
		}
		List.of("study.tests", "study.makeup_staff").forEach(k -> figures.putIfAbsent(k, -1L));
		return figures;
	}
}
