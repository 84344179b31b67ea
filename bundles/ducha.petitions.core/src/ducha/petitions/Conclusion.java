package ducha.petitions;

import ducha.core.Labelled;

/** The verification's finding. */
public enum Conclusion implements Labelled {
	SUBSTANTIATED("属实"), PARTLY_SUBSTANTIATED("部分属实"), UNFOUNDED("不实"), FALSE_OR_MALICIOUS("诬告陷害");

	private final String label;

	Conclusion(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** A report found untrue: the staff it named may be formally cleared (不实信访举报澄清). */
	public boolean allowsClearance() {
		return this == UNFOUNDED || this == FALSE_OR_MALICIOUS;
	}

	public static Conclusion parse(String text) {
		return Labelled.parse(Conclusion.class, text);
	}
}
