package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import ducha.core.NotFoundException;
import ducha.core.documents.DocumentFormat;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.inspections.BulletinService;
import ducha.inspections.ChecklistItem;
import ducha.inspections.ChecklistService;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;
import ducha.inspections.PlanService;

/**
 * Every service method refuses a caller without the permission (a staff member), and one outside the department's
 * scope: a supervisor of the office scoped to 执行局 may not act on 立案庭, the head of 执行局 does not see 立案庭's
 * inspections, findings or evidence.
 */
class AccessTest {

	private static final LocalDate TODAY = LocalDate.now();
	private static final Principal STAFF = Court.user("staffer", Court.LI, Role.STAFF);
	private static final Principal SUPERVISOR_ZXJ = Court.user("sup", null, Role.FULL_TIME_SUPERVISOR, "ZXJ");

	private final InspectionService inspections = Osgi.service(InspectionService.class);
	private final PlanService plans = Osgi.service(PlanService.class);
	private final ChecklistService checklists = Osgi.service(ChecklistService.class);
	private final BulletinService bulletins = Osgi.service(BulletinService.class);

	private Inspection laf;
	private Finding finding;

	@BeforeEach
	void anOpenInspectionOfTheFilingDivision() {
		InspectionsTables.reset();
		Court.create();
		laf = Court.inspect(LocalDateTime.of(2024, 4, 1, 9, 0), InspectionMode.OPEN, "LAF", Court.ZHANG);
		finding = Court.find(laf, "LAF", Court.ZHANG, LocalDate.of(2024, 4, 20));
	}

	@Test
	void aStaffMemberIsRefusedEveryMethod() {
		List<Executable> calls = List.of(
				() -> plans.planYear(2024, LocalDate.of(2024, 1, 1), List.of("甲组"), STAFF),
				() -> plans.plans(2024, STAFF), () -> plans.due(TODAY, 7, STAFF),
				() -> checklists.save("X", "X", List.of(new ChecklistItem("a", "b", 0, false)), 0, STAFF),
				() -> checklists.latest(STAFF), () -> checklists.checklist("X", 1, STAFF),
				() -> inspections.record(draft("ZXJ"), null, STAFF), () -> inspections.inspection(laf.inspectionNo(), STAFF),
				() -> inspections.inspections(Period.year(2024), STAFF), () -> inspections.score(laf.inspectionNo(), STAFF),
				() -> inspections.addFinding(laf.inspectionNo(), Finding.of("LAF", null, "x", "", TODAY), STAFF),
				() -> inspections.findings(laf.inspectionNo(), STAFF), () -> inspections.finding(finding.findingNo(), STAFF),
				() -> inspections.openFindings(STAFF),
				() -> inspections.reportRectified(finding.findingNo(), finding.version(), TODAY, "", STAFF),
				() -> inspections.verify(finding.findingNo(), finding.version(), TODAY, STAFF),
				() -> inspections.close(laf.inspectionNo(), TODAY, STAFF),
				() -> bulletins.issue("通报", TODAY, List.of(finding.findingNo()), STAFF),
				() -> bulletins.bulletins(2024, STAFF),
				() -> bulletins.write(2024, 1, DocumentFormat.DOCX, new ByteArrayOutputStream(), STAFF));
		for (int i = 0; i < calls.size(); i++) {
			assertThrows(AccessDeniedException.class, calls.get(i), "call " + i);
		}
	}

	@Test
	void theOfficeActsAndReadersReadOnlyInsideTheirScope() {
		assertThrows(AccessDeniedException.class, () -> inspections.record(draft("LAF"), null, SUPERVISOR_ZXJ));
		assertThrows(AccessDeniedException.class, () -> inspections.addFinding(laf.inspectionNo(),
				Finding.of("LAF", null, "x", "", TODAY), SUPERVISOR_ZXJ));
		Finding rectified = inspections.reportRectified(finding.findingNo(), finding.version(),
				LocalDate.of(2024, 4, 10), "", Court.HEAD_LAF);
		assertThrows(AccessDeniedException.class, () -> inspections.verify(finding.findingNo(), rectified.version(),
				LocalDate.of(2024, 4, 11), SUPERVISOR_ZXJ));
		assertThrows(AccessDeniedException.class,
				() -> inspections.close(laf.inspectionNo(), LocalDate.of(2024, 4, 11), SUPERVISOR_ZXJ));
		Inspection own = inspections.record(draft("ZXJ"), null, SUPERVISOR_ZXJ);
		assertEquals(List.of("ZXJ"), own.departments());

		assertThrows(NotFoundException.class, () -> inspections.inspection(laf.inspectionNo(), Court.HEAD_ZXJ));
		assertThrows(NotFoundException.class, () -> inspections.findings(laf.inspectionNo(), Court.HEAD_ZXJ));
		assertThrows(NotFoundException.class, () -> inspections.finding(finding.findingNo(), Court.HEAD_ZXJ));
		assertThrows(AccessDeniedException.class,
				() -> inspections.reportRectified(finding.findingNo(), rectified.version(), LocalDate.of(2024, 4, 12), "",
						Court.HEAD_ZXJ));
		assertEquals(List.of(own.inspectionNo()), inspections.inspections(Period.year(2024), Court.HEAD_ZXJ).stream()
				.map(Inspection::inspectionNo).toList());
		assertEquals(finding.findingNo(), inspections.finding(finding.findingNo(), Court.LEADER).findingNo());
		assertEquals(finding.findingNo(), inspections.finding(finding.findingNo(), Court.HEAD_LAF).findingNo());
	}

	private static Inspection draft(String department) {
		return Inspection.of(LocalDateTime.of(2024, 4, 2, 9, 0), InspectionKind.ROUTINE,
				InspectionMode.OPEN, InspectionSource.ON_SITE,
				InspectionSubject.DISCIPLINE, List.of(department), List.of(), "");
	}
}
