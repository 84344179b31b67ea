package ducha.study;

import ducha.core.Labelled;

/** The four kinds of question of the question bank (题型); the labels are the ledger's values. */
public enum QuestionType implements Labelled {
	/** One option is right; answered with its letter. */
	SINGLE_CHOICE("单选题"),
	/** Several options are right; answered with all their letters, graded all-or-nothing. */
	MULTIPLE_CHOICE("多选题"),
	/** A statement that is right or wrong (对/错). */
	TRUE_FALSE("判断题"),
	/** Answered in words; a marker gives the points. */
	SHORT_ANSWER("简答题");

	private final String label;

	QuestionType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Whether the question has options to choose from. */
	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	/** Whether the workbench grades the answer itself (every type but the short answer). */
	public boolean objective() {
		return this != SHORT_ANSWER;
	}

	/** The constant of the label or name; null when none matches. */
	public static QuestionType parse(String text) {
		return Labelled.parse(QuestionType.class, text);
	}
}
