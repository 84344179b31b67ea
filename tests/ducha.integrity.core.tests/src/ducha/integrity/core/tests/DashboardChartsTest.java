package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.InvalidSyntaxException;

import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionService;
import ducha.integrity.DispositionType;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;

/** The integrity dashboard charts count the year's records per department and per month, as the viewer may see. */
class DashboardChartsTest {

	private final DispositionService dispositions = Osgi.service(DispositionService.class);
	private final TalkService talks = Osgi.service(TalkService.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
	}

	@Test
	void dispositionsAreCountedPerDepartmentOfTheDisposedStaffWithinTheYearOnly() {
		dispose(Court.LI, "2024-01-01");
		dispose(Court.LI, "2024-05-01");
		dispose(Court.WANG, "2024-12-31");
		dispose(Court.ZHAO, "2024-08-08");
		dispose(Court.ZHAO, "2023-12-31"); // the year before
		dispose(Court.WANG, "2025-01-01"); // the year after

		ChartData data = chart("integrity.dispositions-per-department").compute(Court.ADMIN, 2024);
		assertEquals(List.of("民事审判第一庭", "刑事审判庭"), data.categories());
		assertEquals(List.of(3L, 1L), data.series().get(0).values());

		Principal criminalSupervisor = Court.user("xs", Court.ZHAO, Role.INTEGRITY_SUPERVISOR, "XST");
		ChartData scoped = chart("integrity.dispositions-per-department").compute(criminalSupervisor, 2024);
		assertEquals(List.of("刑事审判庭"), scoped.categories());
		assertEquals(List.of(1L), scoped.series().get(0).values());
	}

	@Test
	void talksAreCountedPerMonthOfTheYear() {
		talk(Court.LI, "2024-01-15");
		talk(Court.WANG, "2024-01-15");
		talk(Court.ZHAO, "2024-03-31");
		talk(Court.LI, "2024-12-01");
		talk(Court.LI, "2023-12-31"); // the year before

		ChartData data = chart("integrity.talks-per-month").compute(Court.ADMIN, 2024);
		assertEquals(ChartData.months(), data.categories());
		assertEquals(List.of(2L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L), data.series().get(0).values());

		Principal civilSupervisor = Court.user("ms", Court.WANG, Role.INTEGRITY_SUPERVISOR, "MS1");
		assertEquals(List.of(2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L),
				chart("integrity.talks-per-month").compute(civilSupervisor, 2024).series().get(0).values());
		assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), chart("integrity.talks-per-month")
				.compute(Court.user("li", Court.LI, Role.STAFF), 2024).series().get(0).values(),
				"staff without integrity.records.read see no figures");
	}

	private void dispose(String staffNo, String date) {
		dispositions.record(new Disposition(0, null, staffNo, DispositionType.TALK_REMINDER, LocalDate.parse(date),
				"依据", "院党组", null), Court.ADMIN);
	}

	private void talk(String staffNo, String date) {
		talks.record(new Talk(0, null, staffNo, TalkLevel.DEPARTMENT_HEAD_REMINDER, LocalDate.parse(date), "庭长",
				Court.WANG, "工作作风", "谈话内容", null, null, 0), Court.ADMIN);
	}

	/** The integrity chart of this id, waiting for DS to register it (other plugins may add charts too). */
	private static DashboardChart chart(String id) {
		var context = Osgi.context();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		do {
			try {
				var found = context.getServiceReferences(DashboardChart.class, null).stream().map(context::getService)
						.filter(c -> id.equals(c.id())).findFirst();
				if (found.isPresent()) {
					return found.get();
				}
				Thread.sleep(100);
			} catch (InvalidSyntaxException e) {
				throw new IllegalStateException(e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		} while (System.nanoTime() < deadline);
		throw new AssertionError("no dashboard chart " + id);
	}
}
