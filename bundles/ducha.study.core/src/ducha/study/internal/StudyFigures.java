package ducha.study.internal;

import java.util.List;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;

/**
 * Inside the plugin (a DS service of this bundle only): the figures of one part of the plugin (the reviews, the
 * tests) for the one {@code study} section of the report.
 */
public interface StudyFigures {

	/** Position among the parts' figures (lower first). */
	int order();

	/** The part's {@code study.*} figures over records whose own date falls in the period. */
	List<ReportFigure> figures(Period period);
}
