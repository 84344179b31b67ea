package ducha.core.directory;

/** Broad kind of a department; the Chinese label is what ledgers and the UI show. */
public enum DepartmentKind {
	LEADERSHIP("院领导"), TRIAL("审判部门"), ENFORCEMENT("执行部门"), JUDICIAL_ADMIN("审判管理"), ADMINISTRATIVE("综合部门");

	private final String label;

	DepartmentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static DepartmentKind parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (DepartmentKind k : values()) {
			if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
				return k;
			}
		}
		return null;
	}
}
