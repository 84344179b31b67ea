package ducha.cases.internal;

/**
 * What each dashboard tile and chart of the plugin declares: its stable id, its title in the cores' language and
 * its position on the dashboard (lower first); the tile or chart computes its figures itself.
 */
abstract class DashboardEntry {

	private final String id;
	private final String title;
	private final int order;

	DashboardEntry(String id, String title, int order) {
		this.id = id;
		this.title = title;
		this.order = order;
	}

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	public int order() {
		return order;
	}
}
