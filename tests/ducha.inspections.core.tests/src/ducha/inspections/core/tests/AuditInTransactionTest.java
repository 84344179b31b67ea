package ducha.inspections.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.audit.AuditVerification;
import ducha.core.period.Period;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;
import ducha.test.osgi.Osgi;

/** An inspection's change and its audit entry commit together, and a change refused in its write leaves none. */
class AuditInTransactionTest {

	private static final LocalDateTime AT = LocalDateTime.of(2024, 5, 6, 9, 0);

	private final InspectionService inspections = Osgi.service(InspectionService.class);
	private final AuditLog audit = Osgi.service(AuditLog.class);

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void aStoredInspectionAndFindingHaveTheirEntriesAndTheChainHolds() {
		Inspection inspection = Court.inspect(AT, InspectionMode.OPEN, "LAF", Court.ZHANG);
		Finding finding = Court.find(inspection, "LAF", Court.ZHANG, AT.toLocalDate().plusDays(20));

		assertEquals(List.of("inspections.finding.add " + finding.findingNo(),
				"inspections.record " + inspection.inspectionNo()), entries());
		AuditVerification chain = audit.verify(Court.ADMIN);
		assertTrue(chain.intact(), chain.problem());
	}

	@Test
	void anInspectionRefusedInsideItsWriteLeavesNoEntry() {
		// the plan is looked up after the inspection is persisted: the refusal rolls back both
		Inspection unplanned = Inspection.of(AT, InspectionKind.ROUTINE, InspectionMode.OPEN, InspectionSource.ON_SITE,
				InspectionSubject.DISCIPLINE, List.of("LAF"), List.of(Court.ZHANG), "检查考勤");
		assertThrows(ValidationException.class, () -> inspections.record(unplanned, "JH-NONE", Court.OFFICE));

		assertEquals(List.of(), entries());
		assertEquals(List.of(), inspections.inspections(Period.year(2024), Court.OFFICE));
		assertTrue(audit.verify(Court.ADMIN).intact());
	}

	/** The plugin's entries, newest first, as action and record. */
	private List<String> entries() {
		return audit.find(new AuditQuery(null, "inspections.", null, null, null, null, 10), Court.ADMIN).stream()
				.map((AuditEntry e) -> e.action() + " " + e.objectId()).toList();
	}
}
