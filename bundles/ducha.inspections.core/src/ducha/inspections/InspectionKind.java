package ducha.inspections;

import ducha.core.Labelled;

/** Monthly routine or quarterly special inspection (BRIEF.md, section 4). */
public enum InspectionKind implements Labelled {
	ROUTINE("例行督察"), SPECIAL("专项督察");

	private final String label;

	InspectionKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static InspectionKind parse(String text) {
		return Labelled.parse(InspectionKind.class, text);
	}
}
