package ducha.cases;

/** Why a supervision order reminds its people. */
public enum ReminderKind {
	/** Two thirds of the time between issue and deadline are used. */
	TWO_THIRDS,
	/** The configured number of days before the deadline is reached. */
	DAYS_BEFORE,
	/** The deadline passed while the order is not closed. */
	OVERDUE;

	/** The label in the cores' language, e.g. for lists and exports. */
	public String label() {
		return Labels.of(this);
	}
}
