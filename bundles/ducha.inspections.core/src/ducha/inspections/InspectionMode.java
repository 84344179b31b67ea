package ducha.inspections;

import ducha.core.Labelled;

/** Open (明察) or unannounced (暗访): an unannounced inspection stays with the supervision office until it is closed. */
public enum InspectionMode implements Labelled {
	OPEN("明察"), UNANNOUNCED("暗访");

	private final String label;

	InspectionMode(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static InspectionMode parse(String text) {
		return Labelled.parse(InspectionMode.class, text);
	}
}
