package ducha.cases;

/** Status of a supervision order: open → in progress → closed, or overdue once the deadline passed. */
public enum OrderStatus {
	OPEN("待办理"), IN_PROGRESS("办理中"), CLOSED("已办结"), OVERDUE("已超期");

	private final String label;

	OrderStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isActive() {
		return this != CLOSED;
	}
}
