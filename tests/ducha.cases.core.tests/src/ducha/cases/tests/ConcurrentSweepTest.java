package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseRegister;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.cases.SweepResult;
import ducha.cases.TimelineEvent;

/**
 * Two desktops sweeping the supervision orders at the same moment (the hourly job of two workbenches, or the job
 * and {@code ducha-cli cases remind --sweep}): every overdue order is escalated once and reminded once per kind.
 */
class ConcurrentSweepTest {

	private static final int ORDERS = 5;
	private static final int SWEEPERS = 2;

	@TempDir
	Path dir;

	private SupervisionService supervision;
	private String caseNo;
	private LocalDate issued;

	@BeforeEach
	void courtWithOverdueOrders() throws Exception {
		Osgi.resetCourt();
		supervision = Osgi.service(SupervisionService.class);
		Osgi.service(CaseRegister.class).importFile(
				new CaseFiles().open("民初", 1, "20001", "MS1", "普通", 200).write(dir, "one.csv"), Osgi.ADMIN, null);
		caseNo = CaseFiles.number(LocalDate.now().minusDays(200).getYear(), "民初", 1);
		issued = LocalDate.now().minusDays(100);
		for (int i = 0; i < ORDERS; i++) {
			supervision.issue(caseNo, SupervisionLevel.DEPARTMENT_HEAD, "20001", issued, issued.plusDays(10),
					"限期审结 " + i, Osgi.ADMIN);
		}
	}

	@Test
	void twoSweepersAtOnceEscalateEachOverdueOrderOnce() throws Exception {
		LocalDate asOf = issued.plusDays(11);
		CyclicBarrier together = new CyclicBarrier(SWEEPERS);
		ExecutorService desktops = Executors.newFixedThreadPool(SWEEPERS);
		List<SweepResult> results = new ArrayList<>();
		try {
			List<Future<SweepResult>> sweeps = new ArrayList<>();
			for (int i = 0; i < SWEEPERS; i++) {
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
		assertEquals(Map.of("ISSUED", (long) ORDERS, "REMINDER_TWO_THIRDS", (long) ORDERS, "REMINDER_DAYS_BEFORE",
				(long) ORDERS, "REMINDER_OVERDUE", (long) ORDERS, "ESCALATED", (long) ORDERS), recorded);
		assertEquals(ORDERS, sum(results, SweepResult::escalations), "the sweepers report each escalation once");
		assertEquals(ORDERS, sum(results, SweepResult::newlyOverdue));
		assertEquals(3 * ORDERS, sum(results, r -> r.reminders().size()));
		for (SupervisionOrder order : supervision.orders(null, Osgi.ADMIN)) {
			assertEquals(SupervisionLevel.VICE_PRESIDENT, order.level(), "one level up, not two");
		}
		assertEquals(0, supervision.sweep(asOf, Osgi.ADMIN).escalations(), "a third sweep finds nothing left");
	}

	@Test
	void theDatabaseRefusesASecondEscalationOfTheSameStep() throws Exception {
		supervision.sweep(issued.plusDays(11), Osgi.ADMIN);
		try (Connection c = Osgi.service(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate("insert into order_event"
					+ " (order_id, case_no, event_date, kind, detail, actor, sweep_key)"
					+ " select order_id, case_no, event_date, kind, detail, actor, sweep_key from order_event"
					+ " where kind = 'ESCALATED'"));
			assertEquals("23505", refused.getSQLState(), refused::getMessage);
		}
	}

	private static int sum(List<SweepResult> results, Function<SweepResult, Integer> figure) {
		return results.stream().mapToInt(figure::apply).sum();
	}
}
