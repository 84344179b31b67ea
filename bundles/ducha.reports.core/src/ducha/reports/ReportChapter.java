package ducha.reports;

import java.util.List;
import java.util.Objects;

import ducha.core.spi.ReportFigure;

/**
 * One section of the annual work summary, as contributed by one installed plugin.
 *
 * @param section stable section id of REPORT-METRICS.md, e.g. {@code inspections}
 * @param title   Chinese title, e.g. 日常督察
 * @param figures the plugin's figures in the order it reports them
 * @param summary a short sentence generated from the figures, e.g. 开展督察45次，通报9期。
 */
public record ReportChapter(String section, String title, List<ReportFigure> figures, String summary) {

	public ReportChapter {
		Objects.requireNonNull(section, "section");
		Objects.requireNonNull(title, "title");
		figures = List.copyOf(figures);
		Objects.requireNonNull(summary, "summary");
	}
}
