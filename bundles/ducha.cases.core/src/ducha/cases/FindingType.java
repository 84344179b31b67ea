package ducha.cases;

import ducha.core.Labelled;

/** Kinds of case-review findings of the trial management office (审管办评查). */
public enum FindingType implements Labelled {
	DEFECTIVE_CASE("瑕疵案件"), INACCURATE_WORDING("裁判文书表述不准确"), NONSTANDARD_SYSTEM_USE("系统操作不规范"),
	OVERDUE_TRIAL("超审限"), OTHER("其他");

	private final String label;

	FindingType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public static FindingType parse(String text) {
		return Labelled.parse(FindingType.class, text);
	}
}
