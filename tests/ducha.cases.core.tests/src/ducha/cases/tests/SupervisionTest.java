package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseRegister;
import ducha.cases.OrderStatus;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.cases.SweepResult;
import ducha.cases.TimelineEvent;
import ducha.core.ConcurrentChangeException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;

class SupervisionTest {

	@TempDir
	Path dir;

	private SupervisionService supervision;
	private String caseNo;
	private LocalDate issued;

	@BeforeEach
	void courtWithOneCase() throws Exception {
		Osgi.resetCourt();
		supervision = Osgi.service(SupervisionService.class);
		Osgi.service(CaseRegister.class).importFile(
				new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 200).write(dir, "one.csv"), Osgi.ADMIN, null);
		caseNo = CaseFiles.number(LocalDate.now().minusDays(200).getYear(), "民初", 1);
		issued = LocalDate.now().minusDays(100);
	}

	@Test
	void theSweepRemindsAtTwoThirdsBeforeTheDeadlineAndOnOverdueEachOnce() {
		SupervisionOrder order = supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD, "20001", issued,
				issued.plusDays(30), "限期审结", Osgi.ADMIN);
		assertEquals(0, supervision.sweep(issued.plusDays(19), Osgi.ADMIN).reminders().size());
		assertEquals(List.of("REMINDER_TWO_THIRDS"), kinds(supervision.sweep(issued.plusDays(20), Osgi.ADMIN)));
		assertEquals(0, supervision.sweep(issued.plusDays(21), Osgi.ADMIN).reminders().size(), "only once");
		assertEquals(List.of("REMINDER_DAYS_BEFORE"), kinds(supervision.sweep(issued.plusDays(27), Osgi.ADMIN)));
		SweepResult overdue = supervision.sweep(issued.plusDays(31), Osgi.ADMIN);
		assertEquals(List.of("REMINDER_OVERDUE"), kinds(overdue));
		assertEquals(1, overdue.newlyOverdue());
		assertEquals(1, overdue.escalations());
		SupervisionOrder now = supervision.order(order.id(), Osgi.ADMIN);
		assertEquals(OrderStatus.OVERDUE, now.status());
		assertEquals(SupervisionLevel.VICE_PRESIDENT, now.level());
		assertEquals(1, supervision.countOverdue(Osgi.ADMIN));
	}

	@Test
	void anOrderThatStaysOverdueClimbsToThePresidentAndNoFurther() {
		SupervisionOrder order = supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD, "20001", issued,
				issued.plusDays(10), "限期审结", Osgi.ADMIN);
		supervision.sweep(issued.plusDays(11), Osgi.ADMIN);
		assertEquals(SupervisionLevel.VICE_PRESIDENT, supervision.order(order.id(), Osgi.ADMIN).level());
		assertEquals(0, supervision.sweep(issued.plusDays(17), Osgi.ADMIN).escalations());
		assertEquals(1, supervision.sweep(issued.plusDays(18), Osgi.ADMIN).escalations());
		assertEquals(SupervisionLevel.PRESIDENT, supervision.order(order.id(), Osgi.ADMIN).level());
		assertEquals(0, supervision.sweep(issued.plusDays(60), Osgi.ADMIN).escalations());

		List<String> timeline = supervision.timeline(caseNo, Osgi.ADMIN).stream().map(TimelineEvent::kind).toList();
		assertEquals(List.of("ISSUED", "REMINDER_TWO_THIRDS", "REMINDER_DAYS_BEFORE", "REMINDER_OVERDUE", "ESCALATED",
				"ESCALATED"), timeline);
	}

	@Test
	void anExtensionMustBeApprovedBeforeTheDeadlineAndMovesIt() {
		SupervisionOrder order = supervision.issue(caseNo, SupervisionLevel.VICE_PRESIDENT, "20001", issued,
				issued.plusDays(30), "限期审结", Osgi.ADMIN);
		ValidationException late = assertThrows(ValidationException.class, () -> supervision.extend(order.id(),
				order.version(), issued.plusDays(60), issued.plusDays(31), "鉴定未完成", Osgi.ADMIN));
		assertTrue(late.getMessage().contains("届满前批准"), late.getMessage());
		assertThrows(ValidationException.class, () -> supervision.extend(order.id(), order.version(),
				issued.plusDays(20), issued.plusDays(10), "提前", Osgi.ADMIN));
		SupervisionOrder extended = supervision.extend(order.id(), order.version(), issued.plusDays(60),
				issued.plusDays(30), "鉴定未完成", Osgi.ADMIN);
		assertEquals(issued.plusDays(60), extended.deadline());
		assertEquals(0, supervision.sweep(issued.plusDays(31), Osgi.ADMIN).newlyOverdue());
		// each step names the version the previous one returned, as the orders view does
		SupervisionOrder started = supervision.start(order.id(), extended.version(), issued.plusDays(32), Osgi.ADMIN);
		SupervisionOrder closed = supervision.close(order.id(), started.version(), issued.plusDays(40), "已判决",
				Osgi.ADMIN);
		assertEquals(OrderStatus.CLOSED, closed.status());
		assertEquals(0, supervision.sweep(issued.plusDays(90), Osgi.ADMIN).reminders().size());
	}

	@Test
	void anExtensionIsToApproveOnlyWhileARequestWaitsForIt() {
		SupervisionOrder order = supervision.issue(caseNo, SupervisionLevel.VICE_PRESIDENT, "20001", issued,
				issued.plusDays(30), "限期审结", Osgi.ADMIN);
		assertFalse(SupervisionService.extensionRequested(order.id(), supervision.timeline(caseNo, Osgi.ADMIN)));
		assertThrows(ValidationException.class, () -> supervision.requestExtension(order.id(), issued.plusDays(3),
				issued.plusDays(20), "不晚于期限", Osgi.ADMIN));
		assertThrows(AccessDeniedException.class, () -> supervision.requestExtension(order.id(), issued.plusDays(3),
				issued.plusDays(60), "鉴定未完成", Osgi.user(Role.STAFF)));
		supervision.requestExtension(order.id(), issued.plusDays(3), issued.plusDays(60), "鉴定未完成", Osgi.ADMIN);
		List<TimelineEvent> requested = supervision.timeline(caseNo, Osgi.ADMIN);
		assertTrue(SupervisionService.extensionRequested(order.id(), requested));
		assertFalse(SupervisionService.extensionRequested(order.id() + 1, requested), "another order asked nothing");
		assertEquals(issued.plusDays(30), supervision.order(order.id(), Osgi.ADMIN).deadline(), "not moved yet");
		supervision.extend(order.id(), order.version(), issued.plusDays(60), issued.plusDays(5), "同意", Osgi.ADMIN);
		assertFalse(SupervisionService.extensionRequested(order.id(), supervision.timeline(caseNo, Osgi.ADMIN)),
				"the approval answered the request");
	}

	@Test
	void ordersNeedARegisteredCaseAKnownResponsiblePersonAndThePermission() {
		assertThrows(NotFoundException.class, () -> supervision.issue(CaseFiles.number(2020, "民初", 99),
				SupervisionLevel.DEPARTMENT_HEAD, "20001", issued, issued.plusDays(5), "x", Osgi.ADMIN));
		assertThrows(ValidationException.class, () -> supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD,
				"29999", issued, issued, "x", Osgi.ADMIN));
		assertThrows(AccessDeniedException.class, () -> supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD,
				"20001", issued, issued.plusDays(5), "x", Osgi.user(Role.STAFF)));
	}

	/**
	 * Two desktops sweeping at the same moment (the hourly job of two workbenches, or the job and
	 * {@code ducha-cli cases remind --sweep}): every overdue order is escalated once and reminded once per kind.
	 */
	@Test
	void twoSweepersAtOnceEscalateEachOverdueOrderOnce() throws Exception {
		int orders = 5;
		for (int i = 0; i < orders; i++) {
			supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD, "20001", issued, issued.plusDays(10),
					"限期审结 " + i, Osgi.ADMIN);
		}
		LocalDate asOf = issued.plusDays(11);
		int sweepers = 2;
		CyclicBarrier together = new CyclicBarrier(sweepers);
		ExecutorService desktops = Executors.newFixedThreadPool(sweepers);
		List<SweepResult> results = new ArrayList<>();
		try {
			List<Future<SweepResult>> sweeps = new ArrayList<>();
			for (int i = 0; i < sweepers; i++) {
				sweeps.add(desktops.submit(() -> {
					together.await(30, TimeUnit.SECONDS);
					return supervision.sweep(asOf, Osgi.ADMIN);
				}));
			}
			for (Future<SweepResult> sweep : sweeps) {
				results.add(sweep.get(60, TimeUnit.SECONDS));
			}
		} finally {
			desktops.shutdownNow();
		}

		Map<String, Long> recorded = supervision.timeline(caseNo, Osgi.ADMIN).stream()
				.collect(Collectors.groupingBy(TimelineEvent::kind, Collectors.counting()));
		long each = orders;
		assertEquals(Map.of("ISSUED", each, "REMINDER_TWO_THIRDS", each, "REMINDER_DAYS_BEFORE", each,
				"REMINDER_OVERDUE", each, "ESCALATED", each), recorded);
		assertEquals(orders, results.stream().mapToInt(SweepResult::escalations).sum(),
				"the sweepers report each escalation once");
		assertEquals(orders, results.stream().mapToInt(SweepResult::newlyOverdue).sum());
		assertEquals(3 * orders, results.stream().mapToInt(r -> r.reminders().size()).sum());
		for (SupervisionOrder order : supervision.orders(null, Osgi.ADMIN)) {
			assertEquals(SupervisionLevel.VICE_PRESIDENT, order.level(), "one level up, not two");
		}
		assertEquals(0, supervision.sweep(asOf, Osgi.ADMIN).escalations(), "a third sweep finds nothing left");
	}

	@Test
	void theDatabaseRefusesASecondEscalationOfTheSameStep() throws Exception {
		supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD, "20001", issued, issued.plusDays(10), "限期审结",
				Osgi.ADMIN);
		supervision.sweep(issued.plusDays(11), Osgi.ADMIN);
		try (Connection c = Osgi.service(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate("insert into order_event"
					+ " (order_id, case_no, event_date, kind, detail, actor, sweep_key)"
					+ " select order_id, case_no, event_date, kind, detail, actor, sweep_key from order_event"
					+ " where kind = 'ESCALATED'"));
			assertEquals("23505", refused.getSQLState(), refused::getMessage);
		}
	}

	private static List<String> kinds(SweepResult result) {
		return result.reminders().stream().map(TimelineEvent::kind).toList();
	}

	/**
	 * Two desktops show the same order: the second closes it from a view older than the first's extension and is
	 * refused naming who extended it; nothing of the close is stored until the order is shown again.
	 */
	@Test
	void closingAnOrderFromAViewOlderThanAnExtensionIsRefusedNamingWhoExtendedIt() {
		Principal deskOne = Principal.system("desk-one");
		Principal deskTwo = Principal.system("desk-two");
		SupervisionOrder order = supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD, "20001", issued,
				issued.plusDays(30), "限期审结", Osgi.ADMIN);
		SupervisionOrder seenByOne = supervision.order(order.id(), deskOne);
		SupervisionOrder seenByTwo = supervision.order(order.id(), deskTwo);

		supervision.extend(order.id(), seenByOne.version(), issued.plusDays(60), issued.plusDays(5), "鉴定未完成",
				deskOne);
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> supervision.close(order.id(), seenByTwo.version(), issued.plusDays(6), "已判决", deskTwo));

		assertEquals("desk-one", refused.changedBy().orElseThrow());
		assertTrue(refused.getMessage().contains(caseNo), refused.getMessage());
		SupervisionOrder stored = supervision.order(order.id(), Osgi.ADMIN);
		assertEquals(OrderStatus.OPEN, stored.status(), "nothing of the refused close is stored");
		assertEquals(issued.plusDays(60), stored.deadline());
		assertEquals(List.of("ISSUED", "EXTENDED"),
				supervision.timeline(caseNo, Osgi.ADMIN).stream().map(TimelineEvent::kind).toList());

		// shown again, the order closes
		assertEquals(OrderStatus.CLOSED,
				supervision.close(order.id(), stored.version(), issued.plusDays(6), "已判决", deskTwo).status());
	}
}
