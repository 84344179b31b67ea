package ducha.integrity;

/**
 * Forms of discipline recorded in the archive, mostly of the "first form" (第一种形态) of the four forms of
 * supervision and discipline, plus ordered resignation.
 */
public enum DispositionType {
	TALK_REMINDER("谈话提醒"), CRITICISM_EDUCATION("批评教育"), WRITTEN_SELF_EXAMINATION("责令书面检查"),
	CIRCULATED_CRITICISM("通报批评"), ADMONITION("诫勉"), ORDERED_TO_RESIGN("责令辞职");

	private final String label;

	DispositionType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static DispositionType parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (DispositionType type : values()) {
			if (type.label.equals(t) || type.name().equalsIgnoreCase(t)) {
				return type;
			}
		}
		return null;
	}

	/** The accepted labels, for error messages: 谈话提醒、批评教育、… */
	public static String labels() {
		return String.join("、", java.util.Arrays.stream(values()).map(DispositionType::label).toList());
	}
}
