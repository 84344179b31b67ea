package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;

/**
 * An inspection's inspectors (督察人员) are staff by 工号: stored in their order, read back, never unknown, and counted
 * for the performance archive by the inspection's date.
 */
class InspectorsTest {

	private static final Period JUNE = Period.month(YearMonth.of(2025, 6));

	private final InspectionService inspections = Osgi.service(InspectionService.class);
	private final DutyContributor duties = Osgi.services(DutyContributor.class).stream()
			.filter(c -> c.source().equals("inspections")).findFirst().orElseThrow();

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void theInspectorsAreStoredByStaffNumberInTheirOrderAndShownByName() {
		Inspection recorded = inspections.record(draft().withInspectors(List.of(Court.LIU, Court.CHEN, Court.LIU)),
				null, Court.OFFICE);

		Inspection read = inspections.inspection(recorded.inspectionNo(), Court.OFFICE);
		assertEquals(List.of(Court.LIU, Court.CHEN), read.inspectorNos(), "in the order given, each once");
		Map<String, String> names = Map.of(Court.LIU, "刘局", Court.CHEN, "陈庭");
		assertEquals("刘局、陈庭", read.inspectorNames(names::get));

		Inspection changed = inspections.record(read.withInspectors(List.of(Court.CHEN)), null, Court.OFFICE);
		assertEquals(List.of(Court.CHEN), inspections.inspection(changed.inspectionNo(), Court.OFFICE).inspectorNos());
	}

	@Test
	void anUnknownInspectorIsRefusedNamingTheField() {
		ValidationException refused = assertThrows(ValidationException.class, () -> inspections
				.record(draft().withInspectors(List.of(Court.LIU, "99999")), null, Court.OFFICE));
		assertTrue(refused.getMessage().contains("99999") && refused.getMessage().contains("督察人员"),
				refused.getMessage());
		assertEquals(List.of(), inspections.inspections(Period.year(2025), Court.OFFICE));
	}

	@Test
	void anInspectionOfTheMonthCountsOnceForEachOfItsInspectors() {
		inspect(LocalDateTime.of(2025, 6, 1, 0, 0), InspectionMode.OPEN, Court.CHEN, Court.LIU);
		inspect(LocalDateTime.of(2025, 6, 30, 23, 59), InspectionMode.UNANNOUNCED, Court.CHEN);
		inspect(LocalDateTime.of(2025, 5, 31, 23, 59), InspectionMode.OPEN, Court.CHEN, Court.LIU);
		inspect(LocalDateTime.of(2025, 7, 1, 0, 0), InspectionMode.OPEN, Court.LIU);
		inspect(LocalDateTime.of(2025, 6, 10, 9, 0), InspectionMode.OPEN);

		assertEquals(Set.of(count(Court.CHEN, 2), count(Court.LIU, 1)), Set.copyOf(duties.duties(JUNE, Set.of())),
				"a minute before or after June does not count; the open 暗访 counts for its inspector");
		assertEquals(List.of(count(Court.LIU, 1)), duties.duties(JUNE, Set.of(Court.LIU, Court.ZHANG)));
		assertEquals(List.of(), duties.duties(JUNE, Set.of(Court.ZHANG)));
	}

	private static DutyCount count(String staffNo, int n) {
		return new DutyCount(staffNo, "inspections.inspection", "日常督察", "inspections", n);
	}

	private void inspect(LocalDateTime at, InspectionMode mode, String... inspectors) {
		inspections.record(draft(at, mode).withInspectors(List.of(inspectors)), null, Court.OFFICE);
	}

	private static Inspection draft() {
		return draft(LocalDateTime.of(2025, 3, 5, 9, 30), InspectionMode.OPEN);
	}

	private static Inspection draft(LocalDateTime at, InspectionMode mode) {
		return Inspection.of(at, InspectionKind.ROUTINE, mode, InspectionSource.ON_SITE, InspectionSubject.DISCIPLINE,
				List.of("LAF"), List.of(Court.ZHANG), "检查考勤");
	}
}
