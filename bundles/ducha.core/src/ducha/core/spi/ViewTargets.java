package ducha.core.spi;

/**
 * Logical view targets: how a core bundle names the view that shows a record ({@link DashboardTile#target()},
 * {@link Reminder#target()}) without knowing any UI part id. A UI bundle maps a target to its view by tagging the
 * part descriptor {@code ducha.target:<target>} ({@link #TAG_PREFIX}); the workbench opens the descriptor with
 * that tag, and opens nothing when no installed UI claims the target. Each domain declares its targets in its API
 * package next to its services (e.g. {@code ducha.cases.CasesTargets}); the platform's own are here.
 */
public final class ViewTargets {

	/** Prefix of the part descriptor tag that claims a target, e.g. {@code ducha.target:cases.orders}. */
	public static final String TAG_PREFIX = "ducha.target:";

	/** The staff directory (干警名册). */
	public static final String STAFF = "platform.staff";

	/** The notifications area (提醒). */
	public static final String REMINDERS = "platform.reminders";

	private ViewTargets() {
	}

	/** @return the part descriptor tag that claims {@code target} */
	public static String tag(String target) {
		return TAG_PREFIX + target;
	}
}
