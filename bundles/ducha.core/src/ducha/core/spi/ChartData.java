package ducha.core.spi;

import java.util.List;
import java.util.Objects;

import ducha.core.Language;
import ducha.core.internal.dashboard.Messages;

/**
 * What a {@link DashboardChart} shows: category names along the axis and one or more series of values, each with
 * one value per category.
 */
public record ChartData(List<String> categories, List<Series> series) {

	/** A named row of values, one per category. */
	public record Series(String label, List<Long> values) {

		public Series {
			Objects.requireNonNull(label, "label");
			values = List.copyOf(values);
		}
	}

	public ChartData {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		for (Series s : series) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException("series " + s.label() + " has " + s.values().size()
						+ " values for " + categories.size() + " categories");
			}
		}
	}

	/** The twelve month names of a {@link DashboardChart.Kind#MONTHLY_TREND} chart: 1月 .. 12月. */
	public static List<String> months() {
		return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> Language.format(Messages.Chart_month, m))
				.toList();
	}
}
