package ducha.study;

import ducha.core.Labelled;

/** The forms of study a department records (BRIEF.md, section 2). */
public enum StudyKind implements Labelled {
	CENTRAL_GROUP("党组理论学习中心组"), BRANCH_MEETINGS("支部三会一课"), FIRST_TOPIC("第一议题"), SELF_STUDY("个人自学");

	private final String label;

	StudyKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static StudyKind parse(String text) {
		return Labelled.parse(StudyKind.class, text);
	}
}
