package ducha.petitions;

import ducha.core.Labelled;

/** The result of screening a clue. */
public enum ScreeningOutcome implements Labelled {
	PENDING("待排查"), NO_ISSUE("无问题"), LEAD_OPENED("立案核查"), MERGED("并入信访件");

	private final String label;

	ScreeningOutcome(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public static ScreeningOutcome parse(String text) {
		return Labelled.parse(ScreeningOutcome.class, text);
	}
}
