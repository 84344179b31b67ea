package ducha.core.spi;

/**
 * A {@link DashboardTile} whose id, title, position and view target are fixed when it is made: the tile declares
 * them in its constructor and implements only {@link #compute}. Its DS component must name the service
 * ({@code @Component(service = DashboardTile.class)}): DS tooling does not see interfaces of a superclass.
 */
public abstract class DeclaredTile extends DeclaredEntry implements DashboardTile {

	private final String target;

	/** @param target the {@link ViewTargets logical view} a click opens, or null */
	protected DeclaredTile(String id, String title, int order, String target) {
		super(id, title, order);
		this.target = target;
	}

	@Override
	public final String target() {
		return target;
	}
}
