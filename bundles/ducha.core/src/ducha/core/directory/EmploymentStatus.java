package ducha.core.directory;

import ducha.core.Labelled;

/** 在职状态 of a staff member. Only {@link #ACTIVE} staff are counted as serving. */
public enum EmploymentStatus implements Labelled {
	ACTIVE("在职"), SECONDED("借调"), RETIRED("退休"), LEFT("调离");

	private final String label;

	EmploymentStatus(String label) {
		this.label = label;
	}

	/**
	 * Still with the court (在职 or 借调): offered by the people pickers of new records; retired staff and those who
	 * left appear only on the records that already name them.
	 */
	public boolean onStaff() {
		return this == ACTIVE || this == SECONDED;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static EmploymentStatus parse(String text) {
		return Labelled.parse(EmploymentStatus.class, text);
	}
}
