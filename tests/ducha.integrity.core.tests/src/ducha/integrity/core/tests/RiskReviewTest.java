package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.Reminder;
import ducha.core.spi.Reminder.Urgency;
import ducha.core.spi.ReminderSource;
import ducha.integrity.IntegrityTargets;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.RiskReview;

/**
 * Periodic reviews: recording a review of a risk-control measure (it moves the review date, so the reminder goes),
 * its checks, and the reminders of reviews due.
 */
class RiskReviewTest {

	private static final LocalDate TODAY = LocalDate.now();

	private final RiskListService riskList = Osgi.service(RiskListService.class);
	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
		store("integrity.risk-measures", List.of(
				measure("FX-001", "立案审查岗", "违规立案", TODAY.minusDays(5), null),
				measure("FX-002", "执行岗", "拖延执行", TODAY.plusDays(10), null),
				measure("FX-003", "财务岗", "违规报销", TODAY.plusDays(90), null),
				measure("FX-004", "司法警察岗", "通风报信", TODAY.minusDays(40), TODAY.minusDays(1)),
				inDepartment(measure("FX-005", "刑事审判岗", "枉法裁判", TODAY.plusDays(200), null), "XST")));
		store("integrity.rules", List.of(
				rule("GZ-01", "离岗离职人员廉政谈话制度", TODAY.minusMonths(12).plusDays(7), 12),
				rule("GZ-02", "八小时外行为规范", TODAY.minusMonths(6).plusDays(60), 6),
				rule("GZ-03", "廉政档案管理办法", TODAY.minusMonths(3).plusDays(2), null)));
	}

	@Test
	void aReviewMovesTheReviewDateEndsTheReminderAndIsKeptAndAudited() {
		LocalDate next = TODAY.plusMonths(12);
		assertTrue(reminderKeys().contains("measure:FX-001"));

		RiskMeasure reviewed = riskList.recordReview("FX-001", TODAY, next, "  措施有效，继续执行 ", version("FX-001"),
				Court.ADMIN);

		assertEquals(next, reviewed.reviewDate());
		assertEquals(next, measure("FX-001").reviewDate(), "stored");
		assertFalse(reminderKeys().contains("measure:FX-001"), "the overdue reminder is gone");
		assertEquals(List.of("FX-002"),
				riskList.dueForReview(TODAY, 30, Court.ADMIN).stream().map(RiskMeasure::recordNo).toList());
		assertEquals(List.of(new RiskReview("FX-001", TODAY, next, "措施有效，继续执行", Court.ADMIN.username())),
				riskList.reviews("FX-001", Court.ADMIN));
		List<AuditEntry> audited = Osgi.service(AuditLog.class).find(new AuditQuery(Court.ADMIN.username(),
				"integrity.risk.review", "risk-measure", "FX-001", null, null, 10), Court.ADMIN);
		assertEquals(1, audited.size());
		assertTrue(audited.get(0).detail().contains(next.toString()), audited.get(0).detail());
	}

	@Test
	void reviewsAreListedLatestFirst() {
		riskList.recordReview("FX-002", TODAY.minusDays(3), TODAY.plusDays(20), null, version("FX-002"), Court.ADMIN);
		riskList.recordReview("FX-002", TODAY, TODAY.plusMonths(6), "复核", version("FX-002"), Court.ADMIN);

		List<RiskReview> reviews = riskList.reviews("FX-002", Court.ADMIN);

		assertEquals(List.of(TODAY, TODAY.minusDays(3)), reviews.stream().map(RiskReview::reviewedOn).toList());
		assertEquals(TODAY.plusMonths(6), measure("FX-002").reviewDate());
		assertEquals(List.of(), riskList.reviews("FX-003", Court.ADMIN));
	}

	@Test
	void aReviewNeedsSensibleDatesAShortNoteAndAMeasureInForce() {
		long v = version("FX-001");
		LocalDate effective = measure("FX-001").effectiveDate();
		assertRefused("晚于今天", () -> riskList.recordReview("FX-001", TODAY.plusDays(1), TODAY.plusDays(40), null, v,
				Court.ADMIN));
		assertRefused("早于措施生效日期", () -> riskList.recordReview("FX-001", effective.minusDays(1),
				TODAY.plusDays(40), null, v, Court.ADMIN));
		assertRefused("须晚于复核日期", () -> riskList.recordReview("FX-001", TODAY, TODAY, null, v, Court.ADMIN));
		assertRefused("须晚于今天", () -> riskList.recordReview("FX-001", TODAY.minusDays(10), TODAY.minusDays(1),
				null, v, Court.ADMIN));
		assertRefused("复核意见", () -> riskList.recordReview("FX-001", TODAY, TODAY.plusDays(40), "意".repeat(1001),
				v, Court.ADMIN));
		assertRefused("已于", () -> riskList.recordReview("FX-004", TODAY, TODAY.plusDays(40), null,
				version("FX-004"), Court.ADMIN));
		assertThrows(NotFoundException.class,
				() -> riskList.recordReview("FX-999", TODAY, TODAY.plusDays(30), null, 0, Court.ADMIN));

		assertEquals(TODAY.minusDays(5), measure("FX-001").reviewDate(), "nothing changed");
		assertEquals(List.of(), riskList.reviews("FX-001", Court.ADMIN), "nothing kept");
	}

	@Test
	void aReviewNeedsTheRightToWriteAndTheMeasuresDepartmentInScope() {
		var supervisor = Court.user("jianchayuan", Court.WANG, Role.INTEGRITY_SUPERVISOR, "MS1");
		assertThrows(AccessDeniedException.class, () -> riskList.recordReview("FX-001", TODAY, TODAY.plusDays(30),
				null, version("FX-001"), supervisor));
		var civilOnly = Court.user("zhuanzhi", Court.LI, Role.FULL_TIME_SUPERVISOR, "MS1");
		AccessDeniedException outOfScope = assertThrows(AccessDeniedException.class, () -> riskList
				.recordReview("FX-005", TODAY, TODAY.plusDays(30), null, version("FX-005"), civilOnly));
		assertTrue(outOfScope.getMessage().contains("刑事审判庭"), outOfScope.getMessage());
		assertEquals(TODAY.plusDays(200), measure("FX-005").reviewDate(), "nothing changed");

		var criminal = Court.user("xingting", Court.ZHAO, Role.FULL_TIME_SUPERVISOR, "XST");
		riskList.recordReview("FX-005", TODAY, TODAY.plusYears(1), null, version("FX-005"), criminal);
		riskList.recordReview("FX-001", TODAY, TODAY.plusYears(1), null, version("FX-001"), civilOnly);
		assertEquals(TODAY.plusYears(1), measure("FX-005").reviewDate());
		assertEquals(TODAY.plusYears(1), measure("FX-001").reviewDate(), "a court-wide measure: any writer");
	}

	@Test
	void aReviewFromAnOutOfDateViewIsRefusedNamingTheOtherReviewer() {
		long seen = version("FX-001");
		riskList.recordReview("FX-001", TODAY, TODAY.plusMonths(6), null, seen, Principal.system("desk-one"));

		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class, () -> riskList
				.recordReview("FX-001", TODAY, TODAY.plusMonths(12), null, seen, Principal.system("desk-two")));

		assertEquals("desk-one", refused.changedBy().orElseThrow());
		assertTrue(refused.getMessage().contains("FX-001"), refused.getMessage());
		assertEquals(TODAY.plusMonths(6), measure("FX-001").reviewDate(), "the first review stands");
		assertEquals(1, riskList.reviews("FX-001", Court.ADMIN).size());
	}

	private void assertRefused(String words, org.junit.jupiter.api.function.Executable review) {
		ValidationException refused = assertThrows(ValidationException.class, review);
		assertTrue(refused.getMessage().contains(words), refused.getMessage());
	}

	private RiskMeasure measure(String no) {
		return riskList.measures(Court.ADMIN).stream().filter(m -> m.recordNo().equals(no)).findFirst().orElseThrow();
	}

	private long version(String no) {
		return measure(no).version();
	}

	private List<String> reminderKeys() {
		return source().reminders(Court.ADMIN, TODAY).stream().map(Reminder::key).toList();
	}

	@Test
	void remindersListOverdueAndSoonDueMeasuresAndRulesNearTheEndOfTheirReviewCycle() {
		List<Reminder> reminders = source().reminders(Court.ADMIN, TODAY);

		assertEquals(List.of("measure:FX-001", "rule:GZ-01", "measure:FX-002"),
				reminders.stream().map(Reminder::key).toList());
		Reminder overdue = reminders.get(0);
		assertEquals(Urgency.OVERDUE, overdue.urgency());
		assertEquals("风险防控措施 FX-001 复核已逾期 5 天", overdue.title());
		assertEquals(IntegrityTargets.RISK_LIST, overdue.target());
		Reminder rule = reminders.get(1);
		assertEquals(Urgency.DUE_SOON, rule.urgency());
		assertEquals(TODAY.plusDays(7), rule.due());
		assertTrue(rule.title().contains("离岗离职人员廉政谈话制度"), rule.title());
		assertEquals(TODAY.plusDays(10), reminders.get(2).due());
	}

	@Test
	void viewersWhoMayNotReadTheRiskListGetNoReminders() {
		var staff = Court.user("li", Court.LI, Role.STAFF, "MS1");
		assertEquals(List.of(), source().reminders(staff, TODAY));
	}

	private static ReminderSource source() {
		return Osgi.services(ReminderSource.class).stream().filter(s -> s.id().equals("integrity.risk-reviews"))
				.findFirst().orElseThrow();
	}

	private void store(String kindId, List<Map<String, String>> rows) {
		LedgerKind kind = ledgers.kind(kindId).orElseThrow();
		List<LedgerRow> ledgerRows = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ledgerRows.add(new LedgerRow(i + 2, rows.get(i)));
		}
		kind.importTable(new LedgerTable(kindId + ".csv", kind.columns(), ledgerRows), Court.ADMIN);
	}

	private static Map<String, String> measure(String no, String post, String risk, LocalDate review,
			LocalDate retired) {
		Map<String, String> row = new java.util.HashMap<>(Map.of("recordNo", no, "post", post, "riskPoint", risk,
				"level", "中", "measure", "双人审核", "owner", "部门负责人", "effectiveDate",
				TODAY.minusYears(1).toString(), "reviewDate", review.toString()));
		if (retired != null) {
			row.put("retiredDate", retired.toString());
		}
		return row;
	}

	private static Map<String, String> inDepartment(Map<String, String> row, String department) {
		row.put("department", department);
		return row;
	}

	private static Map<String, String> rule(String no, String title, LocalDate effective, Integer cycle) {
		Map<String, String> row = new java.util.HashMap<>(Map.of("recordNo", no, "title", title, "issuer", "院党组",
				"effectiveDate", effective.toString()));
		if (cycle != null) {
			row.put("reviewCycleMonths", cycle.toString());
		}
		return row;
	}
}
