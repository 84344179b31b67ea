package ducha.cases;

/**
 * Ids the supervision-order reminders are published under, for the workbench and other plugins' UI.
 */
public final class OrderReminders {

	/** {@link ducha.core.spi.ReminderSource#id()} of the supervision orders' reminders. */
	public static final String SOURCE_ID = "cases.orders";

	/**
	 * The part a reminder opens ({@link ducha.core.spi.Reminder#targetPartId()}): the case register, until the
	 * cases UI has a view of its own for supervision orders.
	 */
	public static final String TARGET_PART_ID = "ducha.cases.ui.part.register";

	/** An escalation is shown for information this many days after it was recorded. */
	public static final int ESCALATION_INFO_DAYS = 7;

	private OrderReminders() {
	}
}
