package ducha.cases;

/** Why a supervision order reminds its people. */
public enum ReminderKind {
	/** Two thirds of the time between issue and deadline are used. */
	TWO_THIRDS("督办时限已过三分之二"),
	/** The configured number of days before the deadline is reached. */
	DAYS_BEFORE("临近督办期限"),
	/** The deadline passed while the order is not closed. */
	OVERDUE("督办已超期");

	private final String label;

	ReminderKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
