package ducha.team.internal;

import java.util.List;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;

/**
 * Inside the plugin (a DS service of this bundle only): the figures of one part of the plugin (the roster and
 * groups, the meetings) for the one {@code team} section of the report.
 */
public interface TeamFigures {

	/** Position among the parts' figures (lower first). */
	int order();

	/** The part's {@code team.*} figures for the period (see REPORT-METRICS.md for each figure's date rule). */
	List<ReportFigure> figures(Period period);
}
