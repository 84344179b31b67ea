package ducha.core.spi;

import ducha.core.security.Principal;

/**
 * SPI (OSGi service): a tile on the home dashboard. {@link #compute} runs off the UI thread and must use
 * aggregate queries, not load entities.
 */
public interface DashboardTile {

	/** Stable id, e.g. {@code cases.overdue-orders}. */
	String id();

	/** Chinese title. */
	String title();

	/** Position on the dashboard (lower first). */
	int order();

	/** The figure as the viewer may see it (scoped to their departments). */
	TileValue compute(Principal viewer);

	/** The {@link ViewTargets logical view} to open when the tile is clicked, or null. */
	String target();
}
