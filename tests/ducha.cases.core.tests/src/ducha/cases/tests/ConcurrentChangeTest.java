package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseRegister;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestionService;
import ducha.cases.OrderStatus;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.core.ConcurrentChangeException;
import ducha.core.security.Principal;

/**
 * Two desktops work on the same order or suggestion: a step made from a view older than the stored record is
 * refused, naming who changed it, and stores nothing.
 */
class ConcurrentChangeTest {

	private static final Principal DESK_ONE = Principal.system("desk-one");
	private static final Principal DESK_TWO = Principal.system("desk-two");

	@TempDir
	Path dir;

	private final SupervisionService supervision = Osgi.service(SupervisionService.class);
	private String caseNo;
	private LocalDate issued;

	@BeforeEach
	void courtWithOneCase() throws Exception {
		Osgi.resetCourt();
		Osgi.service(CaseRegister.class).importFile(
				new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 200).write(dir, "one.csv"), Osgi.ADMIN, null);
		caseNo = CaseFiles.number(LocalDate.now().minusDays(200).getYear(), "民初", 1);
		issued = LocalDate.now().minusDays(10);
	}

	@Test
	void closingAnOrderFromAViewOlderThanAnExtensionIsRefusedNamingWhoExtendedIt() {
		SupervisionOrder order = supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD, "20001", issued,
				issued.plusDays(30), "限期审结", Osgi.ADMIN);
		SupervisionOrder seenByOne = supervision.order(order.id(), DESK_ONE);
		SupervisionOrder seenByTwo = supervision.order(order.id(), DESK_TWO);

		supervision.extend(order.id(), seenByOne.version(), issued.plusDays(60), issued.plusDays(5), "鉴定未完成",
				DESK_ONE);
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> supervision.close(order.id(), seenByTwo.version(), issued.plusDays(6), "已判决", DESK_TWO));

		assertEquals("desk-one", refused.changedBy().orElseThrow());
		assertTrue(refused.getMessage().contains(caseNo), refused.getMessage());
		SupervisionOrder stored = supervision.order(order.id(), Osgi.ADMIN);
		assertEquals(OrderStatus.OPEN, stored.status(), "nothing of the refused close is stored");
		assertEquals(issued.plusDays(60), stored.deadline());
		assertEquals(2, supervision.timeline(caseNo, Osgi.ADMIN).size(), "issued and extended, no closing event");

		// shown again, the order closes
		assertEquals(OrderStatus.CLOSED,
				supervision.close(order.id(), stored.version(), issued.plusDays(6), "已判决", DESK_TWO).status());
	}

	@Test
	void aSuggestionDecidedOnAnotherDesktopIsNotDecidedAgain() {
		MarkSuggestionService suggestions = Osgi.service(MarkSuggestionService.class);
		MarkSuggestion flagged = suggestions.flag(caseNo, MarkKind.SIMILAR_CASE_CONFLICT, "与同类案件裁判尺度可能不一致",
				Osgi.ADMIN);

		suggestions.confirm(flagged.id(), flagged.version(), "经庭长审核确认", DESK_ONE);
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> suggestions.dismiss(flagged.id(), flagged.version(), "不属于类案冲突", DESK_TWO));

		assertEquals("desk-one", refused.changedBy().orElseThrow());
		assertEquals(MarkSuggestion.Status.CONFIRMED, suggestions.suggestion(flagged.id(), Osgi.ADMIN).status());
	}
}
