package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.core.spi.TileValue;

/** The plugin's tiles, charts and reminders as the home page and the notifications area get them. */
final class Dashboard {

	private Dashboard() {
	}

	static TileValue tile(String id, Principal viewer) {
		return Osgi.services(DashboardTile.class).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow()
				.compute(viewer);
	}

	static ChartData chart(String id, Principal viewer, int year) {
		return Osgi.services(DashboardChart.class).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow()
				.compute(viewer, year);
	}

	static List<Reminder> reminders(Principal viewer, LocalDate today) {
		return Osgi.services(ReminderSource.class).stream().filter(s -> s.id().equals("inspections")).findFirst()
				.orElseThrow().reminders(viewer, today);
	}

	/** The sum of every value of the chart. */
	static long total(ChartData chart) {
		return chart.series().stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).sum();
	}
}
