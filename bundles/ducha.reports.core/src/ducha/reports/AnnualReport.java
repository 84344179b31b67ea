package ducha.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import ducha.core.period.Period;

/**
 * The work summary over a period: one chapter per installed plugin, in the plugins' order.
 *
 * @param title    e.g. 2024年督察工作总结
 * @param period   the period every figure counts over
 * @param office   the issuing office, e.g. 政治部（督察室）
 * @param issued   the day the summary was compiled
 * @param chapters one per installed plugin with a report section
 */
public record AnnualReport(String title, Period period, String office, LocalDate issued,
		List<ReportChapter> chapters) {

	public AnnualReport {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(office, "office");
		Objects.requireNonNull(issued, "issued");
		chapters = List.copyOf(chapters);
	}
}
