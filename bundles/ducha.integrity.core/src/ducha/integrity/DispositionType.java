package ducha.integrity;

import ducha.core.Labelled;

/**
 * Forms of discipline recorded in the archive, mostly of the "first form" (第一种形态) of the four forms of
 * supervision and discipline, plus ordered resignation.
 */
public enum DispositionType implements Labelled {
	TALK_REMINDER("谈话提醒"), CRITICISM_EDUCATION("批评教育"), WRITTEN_SELF_EXAMINATION("责令书面检查"),
	CIRCULATED_CRITICISM("通报批评"), ADMONITION("诫勉"), ORDERED_TO_RESIGN("责令辞职");

	private final String label;

	DispositionType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static DispositionType parse(String text) {
		return Labelled.parse(DispositionType.class, text);
	}

	/** The accepted labels, for error messages: 谈话提醒、批评教育、… */
	public static String labels() {
		return Labelled.accepted(DispositionType.class);
	}
}
