package ducha.cases;

import ducha.core.spi.ViewTargets;

/**
 * The {@link ducha.core.spi.ViewTargets logical views} the cases plugin's tiles and reminders open; its UI tags
 * the part descriptors that show them {@code ducha.target:<target>}.
 */
public final class CasesTargets {

	/** The supervision orders (督办), opened from the order reminders. */
	public static final String ORDERS = "cases.orders";

	/** 督办 filtered to the overdue orders, opened from the overdue-orders tile (超期督办). */
	public static final String OVERDUE_ORDERS = ViewTargets.subset(ORDERS, OrderStatus.OVERDUE.name());

	/** The long-pending cases (长期未结案), opened from the long-pending tile. */
	public static final String WATCH_LIST = "cases.watchlist";

	/** The case register (案件登记), where the quick-find opens a case by its 案号. */
	public static final String REGISTER = "cases.register";

	private CasesTargets() {
	}
}
