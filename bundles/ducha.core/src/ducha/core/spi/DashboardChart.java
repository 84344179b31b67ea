package ducha.core.spi;

import ducha.core.security.Principal;

/**
 * SPI (OSGi service): a chart on the dashboard, e.g. inspections per month or findings per department over the
 * current year. {@link #compute} runs off the UI thread and must use aggregate queries, not load entities.
 */
public interface DashboardChart {

	/** How the chart is drawn. */
	enum Kind {
		/** One point per month (categories 1月 .. 12月), drawn as lines. */
		MONTHLY_TREND,
		/** One bar per category, e.g. per department. */
		BREAKDOWN
	}

	/** Stable id, e.g. {@code inspections.per-month}. */
	String id();

	/** Chinese title. */
	String title();

	/** Position on the dashboard (lower first). */
	int order();

	Kind kind();

	/**
	 * Whether the chart means anything to the viewer: false when the viewer may not read what it counts, and the
	 * home page then leaves it out instead of drawing an empty chart. Called off the UI thread before
	 * {@link #compute}.
	 */
	default boolean concerns(Principal viewer) {
		return true;
	}

	/** The figures of the year as the viewer may see them (scoped to their departments). */
	ChartData compute(Principal viewer, int year);
}
