package ducha.cases;

/**
 * Ids the supervision-order reminders are published under, for the workbench and other plugins' UI.
 */
public final class OrderReminders {

	/** {@link ducha.core.spi.ReminderSource#id()} of the supervision orders' reminders. */
	public static final String SOURCE_ID = "cases.orders";

	/**
	 * The part a reminder opens ({@link ducha.core.spi.Reminder#targetPartId()}): the 督办 view of
	 * {@code ducha.cases.ui} (named here as a string: the core never depends on its UI; without the UI bundle the
	 * workbench simply opens nothing).
	 */
	public static final String TARGET_PART_ID = "ducha.cases.ui.part.orders";

	/** The 长期未结案 view of {@code ducha.cases.ui}, opened from the long-pending tile. */
	public static final String WATCH_LIST_PART_ID = "ducha.cases.ui.part.watchlist";

	/** An escalation is shown for information this many days after it was recorded. */
	public static final int ESCALATION_INFO_DAYS = 7;

	private OrderReminders() {
	}
}
