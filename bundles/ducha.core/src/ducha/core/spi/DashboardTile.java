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

	/**
	 * Whether the tile means anything to the viewer: false when the viewer may not read what it counts, and the home
	 * page then leaves it out instead of showing a tile that only says 无权查看. Cheap (a permission check), called
	 * off the UI thread before {@link #compute}.
	 */
	default boolean concerns(Principal viewer) {
		return true;
	}

	/** The figure as the viewer may see it (scoped to their departments). */
	TileValue compute(Principal viewer);

	/** The {@link ViewTargets logical view} to open when the tile is clicked, or null. */
	String target();
}
