package ducha.cases;

/** Status of a supervision order: open → in progress → closed, or overdue once the deadline passed. */
public enum OrderStatus {
	OPEN, IN_PROGRESS, CLOSED, OVERDUE;

	/** The label in the cores' language, e.g. for lists and exports. */
	public String label() {
		return Labels.of(this);
	}

	public boolean isActive() {
		return this != CLOSED;
	}
}
