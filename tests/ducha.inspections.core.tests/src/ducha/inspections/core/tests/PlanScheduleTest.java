package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionPlan;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;
import ducha.inspections.PlanService;

/** The year's schedule: monthly routine and quarterly special inspections, from January or from mid-year. */
class PlanScheduleTest {

	private final PlanService plans = Osgi.service(PlanService.class);

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void aWholeYearHasTwelveRoutineAndFourSpecialInspectionsTakenInTurn() {
		List<InspectionPlan> year = plans.planYear(2025, LocalDate.of(2025, 1, 1), List.of("甲组", "乙组"), Court.OFFICE);

		assertEquals(16, year.size());
		List<InspectionPlan> routine = year.stream().filter(p -> p.kind() == InspectionKind.ROUTINE).toList();
		List<InspectionPlan> special = year.stream().filter(p -> p.kind() == InspectionKind.SPECIAL).toList();
		assertEquals(12, routine.size());
		assertEquals(List.of("2025-S1", "2025-S2", "2025-S3", "2025-S4"),
				special.stream().map(InspectionPlan::planNo).toList());
		assertEquals(LocalDate.of(2025, 2, 28), routine.get(1).due());
		assertEquals(YearMonth.of(2025, 2), routine.get(1).month());
		assertEquals(LocalDate.of(2025, 6, 30), special.get(1).due());
		assertEquals(List.of(InspectionSubject.DEPLOYMENTS, InspectionSubject.DISCIPLINE,
				InspectionSubject.CONDUCT_CODES, InspectionSubject.DEPLOYMENTS),
				routine.subList(0, 4).stream().map(InspectionPlan::subject).toList());
		// in due order, the two groups take turns (March's routine one comes before the first quarter's special one)
		assertEquals(List.of("2025-R01", "2025-R02", "2025-R03", "2025-S1"),
				year.subList(0, 4).stream().map(InspectionPlan::planNo).toList());
		assertEquals(List.of("甲组", "乙组", "甲组", "乙组"), year.subList(0, 4).stream().map(InspectionPlan::assignee).toList());

		assertEquals(year, plans.planYear(2025, LocalDate.of(2025, 1, 1), List.of("丙组"), Court.OFFICE),
				"planning again keeps what is stored");
	}

	@Test
	void aCourtStartingMidYearPlansTheRestOfIt() {
		List<InspectionPlan> rest = plans.planYear(2025, LocalDate.of(2025, 7, 15), List.of("甲组"), Court.OFFICE);

		assertEquals(List.of("2025-R07", "2025-R08", "2025-R09", "2025-S3", "2025-R10", "2025-R11", "2025-R12",
				"2025-S4"), rest.stream().map(InspectionPlan::planNo).toList());
		InspectionPlan q3 = rest.get(3);
		assertEquals(YearMonth.of(2025, 7), q3.month(), "the third quarter's special inspection is planned from July");
		assertEquals(LocalDate.of(2025, 9, 30), q3.due());
		assertEquals(InspectionSubject.DEPLOYMENTS, rest.get(0).subject(), "July keeps its subject in the round");

		List<InspectionPlan> lateStart = plans.planYear(2026, LocalDate.of(2026, 12, 31), List.of("甲组"), Court.OFFICE);
		assertEquals(List.of("2026-R12", "2026-S4"), lateStart.stream().map(InspectionPlan::planNo).toList());
	}

	@Test
	void dueListsOpenPlansWithinTheWindowAndAPlanCarriedOutLeavesIt() {
		plans.planYear(2025, LocalDate.of(2025, 7, 1), List.of("甲组"), Court.OFFICE);
		LocalDate today = LocalDate.of(2025, 8, 28);

		assertEquals(List.of("2025-R07", "2025-R08"),
				plans.due(today, 7, Court.OFFICE).stream().map(InspectionPlan::planNo).toList());
		assertEquals(true, plans.due(today, 7, Court.OFFICE).get(0).overdue(today));

		Osgi.service(InspectionService.class).record(Inspection.of(LocalDateTime.of(2025, 7, 20, 10, 0),
				InspectionKind.ROUTINE, InspectionMode.OPEN, InspectionSource.VIDEO, InspectionSubject.DEPLOYMENTS,
				List.of("LAF"), List.of(), "视频巡查"), "2025-R07", Court.OFFICE);
		List<InspectionPlan> due = plans.due(today, 7, Court.OFFICE);
		assertEquals(List.of("2025-R08"), due.stream().map(InspectionPlan::planNo).toList());
		assertEquals("DC2025-001", plans.plans(2025, Court.OFFICE).get(0).inspectionNo());
	}

	@Test
	void onlyTheOfficePlansAndAStartOutsideTheYearOrNoAssigneeIsRejected() {
		assertThrows(AccessDeniedException.class,
				() -> plans.planYear(2025, LocalDate.of(2025, 1, 1), List.of("甲组"), Court.HEAD_LAF));
		assertThrows(AccessDeniedException.class, () -> plans.due(LocalDate.now(), 7, Court.LEADER));
		assertThrows(ValidationException.class,
				() -> plans.planYear(2025, LocalDate.of(2024, 12, 1), List.of("甲组"), Court.OFFICE));
		assertThrows(ValidationException.class,
				() -> plans.planYear(2025, LocalDate.of(2025, 1, 1), List.of(" "), Court.OFFICE));
		assertEquals(List.of(), plans.plans(2025, Court.OFFICE));
	}
}
