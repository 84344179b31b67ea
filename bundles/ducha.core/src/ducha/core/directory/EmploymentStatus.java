package ducha.core.directory;

import ducha.core.Labelled;

/** 在职状态 of a staff member. Only {@link #ACTIVE} staff are counted as serving. */
public enum EmploymentStatus implements Labelled {
	ACTIVE("在职"), SECONDED("借调"), RETIRED("退休"), LEFT("调离");

	private final String label;

	EmploymentStatus(String label) {
		this.label = label;
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
