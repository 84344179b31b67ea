package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.ValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.inspections.Checklist;
import ducha.inspections.ChecklistItem;
import ducha.inspections.ChecklistScore;
import ducha.inspections.ChecklistService;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;
import ducha.inspections.ItemResult;

/** Checklist templates with versions; an inspection keeps the version it ran and is scored against it. */
class ChecklistTest {

	private final ChecklistService checklists = Osgi.service(ChecklistService.class);
	private final InspectionService inspections = Osgi.service(InspectionService.class);

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void passFailAndScoredItemsAddUpAgainstTheVersionTheInspectionRan() {
		Checklist v1 = checklists.save("ZF", "作风纪律", List.of(new ChecklistItem("纪律", "按时到岗", 0, true),
				new ChecklistItem("纪律", "无脱岗", 0, true), new ChecklistItem("服务", "窗口文明接待", 10, false)), 0,
				Court.OFFICE);
		Inspection ran = inspections.record(draft().withChecklist(v1, List.of(ItemResult.pass(1),
				ItemResult.fail(2, "一人脱岗"), ItemResult.scored(3, 7, "态度生硬"))), null, Court.OFFICE);

		Checklist v2 = checklists.save("ZF", "作风纪律（修订）", List.of(new ChecklistItem("纪律", "按时到岗", 5, true)),
				v1.version(), Court.OFFICE);
		assertEquals(2, v2.version());
		assertEquals(List.of(v2), checklists.latest(Court.HEAD_LAF));
		assertEquals(v1, checklists.checklist("ZF", 1, Court.OFFICE).orElseThrow(), "the first version stays");

		Inspection stored = inspections.inspection(ran.inspectionNo(), Court.OFFICE);
		assertEquals(1, stored.checklistVersion());
		assertEquals(new ChecklistScore(1, 2, 7, 10), inspections.score(ran.inspectionNo(), Court.OFFICE));
		assertEquals(new ChecklistScore(1, 0, 10, 10), v1.score(List.of(ItemResult.scored(3, 10, ""))),
				"a scored item given its full score passes");
	}

	@Test
	void aScoreOutsideTheItemOrAResultOfNoItemIsRejected() {
		Checklist v1 = checklists.save("ZF", "作风纪律", List.of(new ChecklistItem("服务", "窗口文明接待", 10, false)),
				0, Court.OFFICE);
		assertThrows(ValidationException.class, () -> inspections.record(
				draft().withChecklist(v1, List.of(ItemResult.scored(1, 11, ""))), null, Court.OFFICE));
		assertThrows(ValidationException.class, () -> inspections.record(
				draft().withChecklist(v1, List.of(ItemResult.pass(2))), null, Court.OFFICE));
		assertThrows(ValidationException.class, () -> inspections.record(
				draft().withChecklist(v1, List.of(ItemResult.pass(1), ItemResult.pass(1))), null, Court.OFFICE));
		assertThrows(ValidationException.class, () -> checklists.save("ZF", "作风纪律", List.of(), 1, Court.OFFICE));
		assertThrows(AccessDeniedException.class, () -> checklists.save("ZF", "作风纪律",
				List.of(new ChecklistItem("服务", "窗口文明接待", 0, false)), 1, Court.HEAD_LAF));
		assertEquals(List.of(), inspections.inspections(ducha.core.period.Period.year(2025), Court.OFFICE));
	}

	private static Inspection draft() {
		return Inspection.of(LocalDateTime.of(2025, 3, 5, 9, 30), InspectionKind.ROUTINE, InspectionMode.OPEN,
				InspectionSource.ON_SITE, InspectionSubject.DISCIPLINE, List.of("LAF"), List.of(Court.ZHANG), "");
	}

	/** Two desktops edit the same version of a template: the later save would silently replace the newer version. */
	@Test
	void aChecklistEditedFromAnOlderVersionIsRefusedInsteadOfReplacingTheNewerOne() {
		Checklist first = checklists.save("ZF", "作风纪律", List.of(new ChecklistItem("纪律", "按时到岗", 0, true)), 0,
				Court.OFFICE);
		checklists.save("ZF", "作风纪律（修订）", List.of(new ChecklistItem("纪律", "无脱岗", 0, true)), first.version(),
				Court.ADMIN);

		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> checklists.save("ZF", "作风纪律（另改）", List.of(new ChecklistItem("服务", "文明接待", 5, false)),
						first.version(), Court.OFFICE));

		assertEquals("tester", refused.changedBy().orElseThrow());
		assertEquals(List.of("作风纪律（修订）"), checklists.latest(Court.OFFICE).stream().map(Checklist::title).toList());
	}
}
