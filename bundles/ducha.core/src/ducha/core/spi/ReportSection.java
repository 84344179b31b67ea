package ducha.core.spi;

import java.util.List;

import ducha.core.period.Period;

/**
 * SPI (OSGi service): a plugin's section of the annual work summary. A plugin that is not installed registers
 * none, so its section is left out.
 */
public interface ReportSection {

	/** Section id as in REPORT-METRICS.md: team, study, cases, inspections, petitions, integrity. */
	String section();

	/** Chinese section title, e.g. 审判监督. */
	String title();

	/** Position of the section in the report (lower first). */
	int order();

	/** Figures over records whose own date falls in the period (inclusive), in the order they are reported. */
	List<ReportFigure> figures(Period period);

	/**
	 * The permission a reader needs, besides the report's own, to see this section: e.g. the petitions section's
	 * figures count complaints about staff, which the office shows only to those who may read petitions. Null (the
	 * default) when the report's permission is enough. A reader without it gets the report without the section.
	 */
	default String readPermission() {
		return null;
	}
}
