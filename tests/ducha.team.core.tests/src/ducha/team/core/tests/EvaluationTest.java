package ducha.team.core.tests;

import static ducha.team.core.tests.EvaluationCourt.DIRECTOR;
import static ducha.team.core.tests.EvaluationCourt.GAO;
import static ducha.team.core.tests.EvaluationCourt.LI;
import static ducha.team.core.tests.EvaluationCourt.LIN;
import static ducha.team.core.tests.EvaluationCourt.MA;
import static ducha.team.core.tests.EvaluationCourt.WU;
import static ducha.team.core.tests.EvaluationCourt.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.period.Period;
import ducha.core.period.PeriodKind;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.team.DutyTally;
import ducha.team.Evaluation;
import ducha.team.EvaluationService;
import ducha.team.Grade;
import ducha.team.PerformanceArchive;
import ducha.test.osgi.Osgi;

/** Evaluations of integrity supervisors and the performance archive over the duties the plugins count. */
class EvaluationTest extends WithTestDuties {

	private final EvaluationService evaluations = Osgi.service(EvaluationService.class);

	@Test
	void theArchiveCountsTheContributorsDutiesAndForgetsThemWhenItGoes() {
		PerformanceArchive lin = evaluations.archive(LIN, YEAR, DIRECTOR);
		assertEquals(List.of(new DutyTally("test.followup", "跟踪整改", "test", 12), new DutyTally("test.talk", "谈话", "test",
				1)), lin.duties());
		assertEquals(13, lin.dutiesTotal());
		assertEquals(List.of(3, 3, 3, 4), lin.quarters().stream()
				.map(q -> q.stream().mapToInt(DutyTally::count).sum()).toList());
		assertEquals("民事审判第一庭", lin.departmentName());

		duties.unregister();
		duties = null;
		PerformanceArchive without = evaluations.archive(LIN, YEAR, DIRECTOR);
		assertEquals(List.of(), without.duties());
		assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), without.quarters());
	}

	@Test
	void theYearsSupervisorsAreThoseWhoHeldTheRoleOnADayOfIt() {
		assertEquals(List.of(LIN, GAO, MA), evaluations.archives(YEAR, DIRECTOR).stream()
				.map(PerformanceArchive::staffNo).toList());
		assertEquals(Map.of(LIN, "MS1", GAO, "XST", MA, "XST"), evaluations.archives(YEAR, DIRECTOR).stream()
				.collect(Collectors.toMap(PerformanceArchive::staffNo, PerformanceArchive::departmentCode)));
		// 马良 left at the end of June, 高洁 came in July; 吴新 only next year, 李明 never
		assertEquals(List.of(LIN, MA), evaluations.supervisors(Period.quarter(YEAR, 2), DIRECTOR));
		assertEquals(List.of(LIN, GAO), evaluations.supervisors(Period.quarter(YEAR, 3), DIRECTOR));
	}

	@Test
	void onlyAnIntegritySupervisorOfThePeriodIsEvaluated() {
		Period third = Period.quarter(YEAR, 3);
		evaluations.record(Evaluation.of(GAO, third, null, "到任后履职积极"), DIRECTOR);
		assertThrows(ValidationException.class,
				() -> evaluations.record(Evaluation.of(MA, third, null, "已离任"), DIRECTOR));
		assertThrows(ValidationException.class,
				() -> evaluations.record(Evaluation.of(LI, third, null, "从未任职"), DIRECTOR));
		assertThrows(ValidationException.class,
				() -> evaluations.record(Evaluation.of(WU, Period.year(YEAR), Grade.COMPETENT, ""), DIRECTOR));
		assertEquals(List.of(GAO), evaluations.evaluations(YEAR, DIRECTOR).stream().map(Evaluation::staffNo).toList());
	}

	@Test
	void theYearHasAGradeTheQuartersAndHalfYearsRemarksOnly() {
		assertThrows(ValidationException.class,
				() -> evaluations.record(Evaluation.of(LIN, Period.year(YEAR), null, "没有等次"), DIRECTOR));
		assertThrows(ValidationException.class, () -> evaluations
				.record(Evaluation.of(LIN, Period.quarter(YEAR, 1), Grade.EXCELLENT, "季度不评等次"), DIRECTOR));
		assertThrows(ValidationException.class,
				() -> evaluations.record(Evaluation.of(LIN, Period.halfYear(YEAR, 1), null, " "), DIRECTOR));
		assertThrows(ValidationException.class, () -> evaluations.record(Evaluation.of(LIN,
				Period.month(java.time.YearMonth.of(YEAR, 3)), null, "月度不考核"), DIRECTOR));
		assertThrows(ValidationException.class, () -> evaluations
				.record(Evaluation.of(LIN, Period.halfYear(YEAR, 1), null, "长".repeat(2001)), DIRECTOR));

		evaluations.record(Evaluation.of(LIN, Period.halfYear(YEAR, 1), null, "上半年认真履职"), DIRECTOR);
		evaluations.record(Evaluation.of(LIN, Period.year(YEAR), Grade.COMPETENT, "初评"), DIRECTOR);
		Evaluation replaced = evaluations.record(Evaluation.of(LIN, Period.year(YEAR), Grade.EXCELLENT, "优秀"),
				DIRECTOR);
		assertEquals("director", replaced.recordedBy());
		List<Evaluation> stored = evaluations.evaluations(YEAR, DIRECTOR);
		assertEquals(List.of(PeriodKind.HALF_YEAR, PeriodKind.YEAR),
				stored.stream().map(e -> e.period().kind()).toList());
		assertEquals(Grade.EXCELLENT, stored.get(1).grade());
		assertNull(stored.get(0).grade());
		assertEquals(Grade.BASICALLY_COMPETENT, Grade.parse("基本称职"));
		assertEquals(4, Grade.values().length);
	}

	@Test
	void bonusPointsAddTheGradeAndTheCappedDuties() {
		evaluations.record(Evaluation.of(LIN, Period.year(YEAR), Grade.EXCELLENT, ""), DIRECTOR);
		evaluations.record(Evaluation.of(GAO, Period.year(YEAR), Grade.BASICALLY_COMPETENT, ""), DIRECTOR);
		Map<String, PerformanceArchive> archives = evaluations.archives(YEAR, DIRECTOR).stream()
				.collect(Collectors.toMap(PerformanceArchive::staffNo, a -> a));
		// 优秀 5; 13 duties at 0.5 = 6.5 (under the cap of 10)
		assertEquals(new BigDecimal("5"), archives.get(LIN).bonus().grade());
		assertEquals(0, new BigDecimal("6.5").compareTo(archives.get(LIN).bonus().duties()));
		assertEquals(0, new BigDecimal("11.5").compareTo(archives.get(LIN).bonus().total()));
		// 基本称职 1; 2 duties = 1
		assertEquals(0, new BigDecimal("2").compareTo(archives.get(GAO).bonus().total()));
		// no grade, no duties
		assertEquals(0, BigDecimal.ZERO.compareTo(archives.get(MA).bonus().total()));
		assertNull(archives.get(MA).annual());
	}

	@Test
	void theDutyPointsOfAYearAreCapped() {
		// 30 more duties of 高洁 from a second plugin: 32 at 0.5 would be 16, the cap is 10
		var more = Osgi.register(DutyContributor.class, new DutyContributor() {
			@Override
			public String source() {
				return "more";
			}

			@Override
			public List<DutyCount> duties(Period period, Set<String> staffNos) {
				return List.of(new DutyCount(GAO, "more.talk", "谈话", source(), 30));
			}
		});
		try {
			PerformanceArchive gao = evaluations.archive(GAO, YEAR, DIRECTOR);
			assertEquals(32, gao.dutiesTotal());
			assertEquals(0, BigDecimal.TEN.compareTo(gao.bonus().duties()));
		} finally {
			more.unregister();
		}
	}
}
