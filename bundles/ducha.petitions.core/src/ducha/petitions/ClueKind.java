package ducha.petitions;

import ducha.core.Labelled;

/** Why a case is in the screening library (排查库). */
public enum ClueKind implements Labelled {
	UNQUALIFIED("不合格案件"), REVERSED_OR_REMANDED("改发案件"), RETRIAL("再审案件");

	private final String label;

	ClueKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public static ClueKind parse(String text) {
		return Labelled.parse(ClueKind.class, text);
	}
}
