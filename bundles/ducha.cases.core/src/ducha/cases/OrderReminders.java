package ducha.cases;

/**
 * Ids the supervision-order reminders are published under, for the workbench and other plugins' UI.
 */
public final class OrderReminders {

	/** {@link ducha.core.spi.ReminderSource#id()} of the supervision orders' reminders. */
	public static final String SOURCE_ID = "cases.orders";

	/** An escalation is shown for information this many days after it was recorded. */
	public static final int ESCALATION_INFO_DAYS = 7;

	private OrderReminders() {
	}
}
