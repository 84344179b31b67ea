package ducha.core.spi;

/**
 * What every dashboard entry (a {@link DashboardTile} or a {@link DashboardChart}) declares once in its
 * constructor: its stable id, its title in the cores' language and its position on the dashboard (lower first).
 * {@link DeclaredTile} and {@link DeclaredChart} add what a tile or a chart declares besides.
 */
public abstract class DeclaredEntry {

	private final String id;
	private final String title;
	private final int order;

	protected DeclaredEntry(String id, String title, int order) {
		this.id = id;
		this.title = title;
		this.order = order;
	}

	public final String id() {
		return id;
	}

	public final String title() {
		return title;
	}

	public final int order() {
		return order;
	}
}
