package ducha.core.spi;

/**
 * A {@link DashboardTile} whose id, title, position and view target are fixed when it is made: the tile declares
 * them in its constructor and implements only {@link #compute}. Its DS component must name the service
 * ({@code @Component(service = DashboardTile.class)}): DS tooling does not see interfaces of a superclass.
 */
public abstract class DeclaredTile implements DashboardTile {

	private final String id;
	private final String title;
	private final int order;
	private final String target;

	/** @param target the {@link ViewTargets logical view} a click opens, or null */
	protected DeclaredTile(String id, String title, int order, String target) {
		this.id = id;
		this.title = title;
		this.order = order;
		this.target = target;
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String title() {
		return title;
	}

	@Override
	public final int order() {
		return order;
	}

	@Override
	public final String target() {
		return target;
	}
}
