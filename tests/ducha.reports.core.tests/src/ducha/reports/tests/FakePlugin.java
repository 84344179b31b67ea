package ducha.reports.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.framework.ServiceRegistration;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;

/**
 * A stand-in for a domain plugin: dated records of a few kinds, and a report section that counts the records
 * whose date falls in the period, as a real plugin's aggregate query would.
 */
final class FakePlugin implements ReportSection, AutoCloseable {

	/** A kind of record: its figure key, its label and the days records of it were made. */
	record Kind(String key, String label, List<LocalDate> days) {
	}

	private final String section;
	private final String title;
	private final int order;
	private final List<Kind> kinds;
	private ServiceRegistration<ReportSection> registration;
	private String readPermission;

	FakePlugin(String section, String title, int order, List<Kind> kinds) {
		this.section = section;
		this.title = title;
		this.order = order;
		this.kinds = List.copyOf(kinds);
	}

	/** Days spread over the year: {@code count} records, one every few days from January 1st. */
	static List<LocalDate> days(int year, int count, int everyDays) {
		List<LocalDate> days = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			days.add(LocalDate.of(year, 1, 1).plusDays((long) i * everyDays));
		}
		return days;
	}

	/** The section is shown only to readers holding the permission as well. */
	FakePlugin needing(String permission) {
		readPermission = permission;
		return this;
	}

	@Override
	public String readPermission() {
		return readPermission;
	}

	FakePlugin install() {
		registration = Services.context().registerService(ReportSection.class, this,
				new java.util.Hashtable<>(Map.of("fake.section", section)));
		return this;
	}

	@Override
	public void close() {
		if (registration != null) {
			registration.unregister();
			registration = null;
		}
	}

	@Override
	public String section() {
		return section;
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public int order() {
		return order;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		return kinds.stream()
				.map(kind -> new ReportFigure(kind.key(), kind.days().stream().filter(period::contains).count(),
						kind.label()))
				.toList();
	}
}
