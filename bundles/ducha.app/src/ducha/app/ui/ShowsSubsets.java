package ducha.app.ui;

/**
 * A view that can show a named subset of its records on request: a home tile whose title names a subset (超期督办,
 * 督察员) targets {@link ducha.core.spi.ViewTargets#subset} of its view, and the workbench hands the subset's name to
 * the view's part after opening it, so that the view shows what the tile counted, not everything.
 */
public interface ShowsSubsets {

	/**
	 * Sets the view's filters to the subset and reads it (a name the view does not know leaves the view as it is).
	 * Called on the UI thread right after the view was created or brought to the front.
	 */
	void showSubset(String subset);
}
