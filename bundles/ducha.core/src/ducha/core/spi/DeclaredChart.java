package ducha.core.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import ducha.core.directory.DepartmentNames;

/**
 * The base of a {@link DashboardChart} that declares what it is (id, title, position, kind) once in its constructor,
 * with the two ways the plugins' charts lay their figures out: one bar per department in the directory's order,
 * or one value per month of the year.
 */
public abstract class DeclaredChart implements DashboardChart {

	private final String id;
	private final String title;
	private final int order;
	private final Kind kind;

	protected DeclaredChart(String id, String title, int order, Kind kind) {
		this.id = id;
		this.title = title;
		this.order = order;
		this.kind = kind;
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String title() {
		return title;
	}

	@Override
	public final int order() {
		return order;
	}

	@Override
	public final Kind kind() {
		return kind;
	}

	/**
	 * One bar per department, in the directory's order and under its name.
	 *
	 * @param perDepartment the figures by department code; the empty code collects records of no known department
	 * @param unknown       the category name of the empty code
	 */
	protected static ChartData perDepartment(Map<String, Long> perDepartment, DepartmentNames departments,
			String series, String unknown) {
		List<String> categories = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (String code : departments.sorted(perDepartment.keySet())) {
			categories.add(code.isEmpty() ? unknown : departments.name(code));
			values.add(perDepartment.get(code));
		}
		return new ChartData(categories, List.of(new ChartData.Series(series, values)));
	}

	/** Twelve zeros, one per month, for {@link #addToMonth}. */
	protected static List<Long> perMonth() {
		return new ArrayList<>(Collections.nCopies(12, 0L));
	}

	/** Adds {@code count} to the month of {@code day}. */
	protected static void addToMonth(List<Long> perMonth, LocalDate day, long count) {
		int month = day.getMonthValue() - 1;
		perMonth.set(month, perMonth.get(month) + count);
	}
}
