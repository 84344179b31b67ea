package ducha.cases;

import java.util.List;

import ducha.core.Labelled;

/** Kinds of case-review findings of the trial management office (审管办评查). */
public enum FindingType implements Labelled {
	DEFECTIVE_CASE("瑕疵案件"), INACCURATE_WORDING("裁判文书表述不准确", "文书表述不准确"),
	NONSTANDARD_SYSTEM_USE("系统操作不规范", "系统使用不规范"), OVERDUE_TRIAL("超审限"), OTHER("其他");

	private final String label;
	/** How the offices' own sheets usually write it. */
	private final List<String> aliases;

	FindingType(String label, String... aliases) {
		this.label = label;
		this.aliases = List.of(aliases);
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public List<String> aliases() {
		return aliases;
	}

	public static FindingType parse(String text) {
		return Labelled.parse(FindingType.class, text);
	}
}
