package ducha.team;

import ducha.core.Labelled;

/** The grade of an integrity supervisor's annual overall evaluation (年度总评). */
public enum Grade implements Labelled {
	EXCELLENT("优秀"), COMPETENT("称职"), BASICALLY_COMPETENT("基本称职"), INCOMPETENT("不称职");

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static Grade parse(String text) {
		return Labelled.parse(Grade.class, text);
	}
}
