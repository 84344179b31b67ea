package ducha.study;

import ducha.core.Labelled;

/**
 * How a make-up (补考) counts in the quarter's final score; fixed when the test is created, from the office's setting
 * {@code study.makeup-rule} in {@code ducha.properties} ({@link #CAPPED} unless set). Whoever passed the test keeps
 * the test's score; for whoever sat a make-up:
 */
public enum MakeupRule implements Labelled {
	/** The make-up score replaces the test's score. */
	REPLACES("补考成绩替代原成绩"),
	/** The make-up score counts, but at most the pass mark (a make-up proves the pass, not a better score). */
	CAPPED("补考成绩最高计为及格分");

	/** The office's setting in {@code ducha.properties}: {@code REPLACES} or {@code CAPPED} (or the labels). */
	public static final String SETTING = "study.makeup-rule";

	/** When the setting is absent: the usual rule of performance assessments, a make-up counts as a pass at most. */
	public static final MakeupRule DEFAULT = CAPPED;

	private final String label;

	MakeupRule(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/**
	 * The final score of a person.
	 *
	 * @param score    the test's score, null when absent or not yet final
	 * @param makeup   the make-up's score, null when none was sat
	 * @param passMark the test's pass mark
	 * @return null when there is neither score nor make-up
	 */
	public Integer finalScore(Integer score, Integer makeup, int passMark) {
		if (score != null && score >= passMark) {
			return score;
		}
		if (makeup == null) {
			return score;
		}
		return this == CAPPED ? Math.min(makeup, passMark) : makeup;
	}

	public static MakeupRule parse(String text) {
		return Labelled.parse(MakeupRule.class, text);
	}
}
