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

	/** Between a target and the subset of its view a tile counts: {@code cases.orders?OVERDUE}. */
	private static final char SUBSET = '?';

	private ViewTargets() {
	}

	/** @return the part descriptor tag that claims {@code target} (a subset opens the view that shows it whole) */
	public static String tag(String target) {
		return TAG_PREFIX + view(target);
	}

	/**
	 * A target that opens the view filtered to a subset of its records (a tile whose title names a subset, such as
	 * 超期督办, opens 督办 showing the overdue orders only); the view implements {@code ShowsSubsets} of the
	 * workbench kit and knows the subset's name.
	 */
	public static String subset(String target, String subset) {
		return view(target) + SUBSET + subset;
	}

	/** The view's target without a subset. */
	public static String view(String target) {
		int at = target.indexOf(SUBSET);
		return at < 0 ? target : target.substring(0, at);
	}

	/** The subset a target names, null when it names the whole view. */
	public static String subsetOf(String target) {
		int at = target.indexOf(SUBSET);
		return at < 0 ? null : target.substring(at + 1);
	}
}
