package ducha.cases;

import ducha.core.Labelled;

/**
 * The step of proceedings a case-type code stands for (一审 for 民初, 再审 for 民再 and 委赔再, 执行 for 执恢), as the
 * table file {@code case-types.tsv} gives it: what the screening clues ask instead of guessing from the code's last
 * character. The labels are values of that file, so they are a format, not translated.
 */
public enum CaseStage implements Labelled {
	FIRST_INSTANCE("一审"), SECOND_INSTANCE("二审"), RETRIAL_REVIEW("再审审查"), RETRIAL("再审"), REVIEW("审查"),
	ENFORCEMENT("执行"), PRE_LITIGATION_MEDIATION("诉前调解"), OTHER("其他");

	private final String label;

	CaseStage(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the label or the constant name; null otherwise. */
	public static CaseStage parse(String text) {
		return Labelled.parse(CaseStage.class, text);
	}
}
