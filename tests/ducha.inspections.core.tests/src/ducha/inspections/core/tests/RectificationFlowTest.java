package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.spi.Reminder;
import ducha.core.spi.TileValue;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;

/**
 * A finding's rectification: the deadline nears (reminder due soon), passes (overdue, the tile alerts), the
 * department reports it rectified (the office is reminded to verify), the office verifies it and closes the
 * inspection.
 */
class RectificationFlowTest {

	private static final LocalDate TODAY = LocalDate.now();

	private final InspectionService inspections = Osgi.service(InspectionService.class);

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void theDeadlineRemindsThenTheDepartmentRectifiesAndTheOfficeVerifiesAndCloses() {
		Inspection inspection = Court.inspect(TODAY.minusDays(10).atTime(10, 0), InspectionMode.OPEN, "LAF", null);
		Finding finding = Court.find(inspection, "LAF", Court.ZHANG, TODAY.plusDays(2));

		assertEquals(List.of(Reminder.Urgency.DUE_SOON), urgencies(Court.HEAD_LAF, TODAY));
		assertEquals(List.of(), urgencies(Court.HEAD_ZXJ, TODAY), "another department's head is not reminded");
		assertEquals(List.of(), urgencies(Court.HEAD_LAF, TODAY.minusDays(2)), "four days before, not yet");
		assertEquals(List.of(Reminder.Urgency.OVERDUE), urgencies(Court.HEAD_LAF, TODAY.plusDays(3)));
		assertTrue(Dashboard.reminders(Court.HEAD_LAF, TODAY.plusDays(3)).get(0).title().contains(finding.findingNo()));
		assertEquals(new TileValue("1", "其中超期 0 个", TileValue.Level.NORMAL),
				Dashboard.tile("inspections.rectification", Court.HEAD_LAF));

		assertThrows(AccessDeniedException.class,
				() -> inspections.reportRectified(finding.findingNo(), finding.version(), TODAY, "已整改", Court.HEAD_ZXJ));
		assertThrows(ValidationException.class,
				() -> inspections.verify(finding.findingNo(), finding.version(), TODAY, Court.OFFICE),
				"nothing reported to verify");
		assertThrows(ValidationException.class, () -> inspections.close(inspection.inspectionNo(), TODAY, Court.OFFICE));

		Finding rectified = inspections.reportRectified(finding.findingNo(), finding.version(), TODAY, "已严格考勤",
				Court.HEAD_LAF);
		assertEquals(List.of(), urgencies(Court.HEAD_LAF, TODAY.plusDays(3)), "reported: no longer the department's");
		assertEquals(List.of(Reminder.Urgency.INFO), urgencies(Court.OFFICE, TODAY.plusDays(3)));
		long seen = rectified.version();
		assertThrows(AccessDeniedException.class,
				() -> inspections.verify(finding.findingNo(), seen, TODAY, Court.HEAD_LAF));
		assertThrows(ValidationException.class,
				() -> inspections.verify(finding.findingNo(), seen, TODAY.minusDays(1), Court.OFFICE));

		Finding verified = inspections.verify(finding.findingNo(), seen, TODAY, Court.OFFICE);
		assertEquals(TODAY, verified.verifiedOn());
		assertEquals(List.of(), urgencies(Court.OFFICE, TODAY.plusDays(3)));
		assertEquals(List.of(), inspections.openFindings(Court.HEAD_LAF));

		Inspection closed = inspections.close(inspection.inspectionNo(), TODAY, Court.OFFICE);
		assertEquals(TODAY, closed.closedOn());
		assertThrows(ValidationException.class, () -> Court.find(closed, "LAF", null, TODAY.plusDays(5)));
		assertThrows(ValidationException.class,
				() -> inspections.reportRectified(finding.findingNo(), verified.version(), TODAY, "再次", Court.HEAD_LAF));
	}

	@Test
	void anOverdueFindingAlertsTheTileAndADeadlineBeforeTheInspectionIsRejected() {
		Inspection inspection = Court.inspect(TODAY.minusDays(20).atTime(9, 0), InspectionMode.OPEN, "ZXJ", null);
		Court.find(inspection, "ZXJ", null, TODAY.minusDays(1));

		assertEquals(new TileValue("1", "其中超期 1 个", TileValue.Level.ALERT),
				Dashboard.tile("inspections.rectification", Court.HEAD_ZXJ));
		assertEquals(new TileValue("0", "其中超期 0 个", TileValue.Level.NORMAL),
				Dashboard.tile("inspections.rectification", Court.HEAD_LAF));
		assertEquals("—", Dashboard.tile("inspections.rectification", Court.ZHANG_HIMSELF).value());
		assertThrows(ValidationException.class, () -> Court.find(inspection, "ZXJ", null, TODAY.minusDays(21)));
		assertThrows(AccessDeniedException.class, () -> inspections.addFinding(inspection.inspectionNo(),
				Finding.of("ZXJ", null, "问题", "", TODAY), Court.HEAD_ZXJ));
		assertThrows(NotFoundException.class, () -> inspections.reportRectified("DC1999-001-1", 0, TODAY, "",
				Court.OFFICE));
	}

	@Test
	void theOfficeIsRemindedOfPlansDueAndOverdue() {
		LocalDate today = LocalDate.of(2025, 8, 28);
		Osgi.service(ducha.inspections.PlanService.class).planYear(2025, LocalDate.of(2025, 7, 1), List.of("甲组"),
				Court.OFFICE);

		List<Reminder> reminders = Dashboard.reminders(Court.OFFICE, today);
		assertEquals(List.of("plan:2025-R07", "plan:2025-R08"), reminders.stream().map(Reminder::key).toList());
		assertEquals(List.of(Reminder.Urgency.OVERDUE, Reminder.Urgency.DUE_SOON),
				reminders.stream().map(Reminder::urgency).toList());
		assertEquals(List.of(), Dashboard.reminders(Court.HEAD_LAF, today), "plans are the office's");
	}

	private static List<Reminder.Urgency> urgencies(ducha.core.security.Principal viewer, LocalDate today) {
		return Dashboard.reminders(viewer, today).stream().map(Reminder::urgency).toList();
	}

	/**
	 * The department and the office report the same finding from lists read before either did: the later report is
	 * refused naming who reported it, and stores nothing.
	 */
	@Test
	void aRectificationReportedFromAnOutOfDateListIsRefusedNamingWhoReportedIt() {
		Inspection inspection = Court.inspect(TODAY.minusDays(10).atTime(10, 0), InspectionMode.OPEN, "LAF", null);
		Finding finding = Court.find(inspection, "LAF", Court.ZHANG, TODAY.plusDays(2));
		Finding seenByOffice = inspections.finding(finding.findingNo(), Court.OFFICE);
		Finding seenByHead = inspections.finding(finding.findingNo(), Court.HEAD_LAF);

		Finding reported = inspections.reportRectified(finding.findingNo(), seenByHead.version(), TODAY, "已严格考勤",
				Court.HEAD_LAF);
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> inspections.reportRectified(finding.findingNo(), seenByOffice.version(), TODAY, "代为报告",
						Court.OFFICE));

		assertEquals("chen", refused.changedBy().orElseThrow());
		assertTrue(refused.getMessage().contains(finding.findingNo()), refused.getMessage());
		Finding stored = inspections.finding(finding.findingNo(), Court.OFFICE);
		assertEquals("已严格考勤", stored.rectificationNote(), "nothing of the second report stored");
		assertEquals(reported.version(), stored.version(), "the returned finding carries the stored version");
		assertEquals(TODAY, inspections.verify(finding.findingNo(), stored.version(), TODAY, Court.OFFICE)
				.verifiedOn(), "a step from the reloaded finding is taken");
	}
}
