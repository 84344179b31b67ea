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
public abstract class DeclaredChart extends DeclaredEntry implements DashboardChart {

	private final Kind kind;

	protected DeclaredChart(String id, String title, int order, Kind kind) {
		super(id, title, order);
		this.kind = kind;
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

	/**
	 * One bar per department as {@link #perDepartment(Map, DepartmentNames, String, String)}, for figures whose
	 * records always have a department (an empty code would show as an empty category).
	 */
	protected static ChartData perDepartment(Map<String, Long> perDepartment, DepartmentNames departments,
			String series) {
		return perDepartment(perDepartment, departments, series, "");
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

	/** The figures of a {@link Kind#MONTHLY_TREND} chart: the twelve months, one line per series. */
	protected static ChartData monthly(List<ChartData.Series> series) {
		return new ChartData(ChartData.months(), series);
	}

	/** The figures of a {@link Kind#MONTHLY_TREND} chart of one line. */
	protected static ChartData monthly(String series, List<Long> perMonth) {
		return monthly(List.of(new ChartData.Series(series, perMonth)));
	}
}
