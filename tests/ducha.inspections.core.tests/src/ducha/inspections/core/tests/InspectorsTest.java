package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.period.Period;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;

/** An inspection's inspectors (督察人员) are staff by 工号: stored in their order, read back, never unknown. */
class InspectorsTest {

	private final InspectionService inspections = Osgi.service(InspectionService.class);
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

	private static Inspection draft() {
		return Inspection.of(LocalDateTime.of(2025, 3, 5, 9, 30), InspectionKind.ROUTINE, InspectionMode.OPEN,
				InspectionSource.ON_SITE, InspectionSubject.DISCIPLINE, List.of("LAF"), List.of(Court.ZHANG), "检查考勤");
	}
}
