package ducha.core.directory;

import ducha.core.Labelled;

/** Broad kind of a department; the Chinese label is what ledgers and the UI show. */
public enum DepartmentKind implements Labelled {
	LEADERSHIP("院领导"), TRIAL("审判部门"), ENFORCEMENT("执行部门"), JUDICIAL_ADMIN("审判管理"), ADMINISTRATIVE("综合部门");

	private final String label;

	DepartmentKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static DepartmentKind parse(String text) {
		return Labelled.parse(DepartmentKind.class, text);
	}
}
