package ducha.core.directory;

import ducha.core.Labelled;

/** The supervision roles of the "1+2+N" model (see BRIEF.md, "Who"). */
public enum SupervisorRole implements Labelled {
	OFFICE_DIRECTOR("政治部（督察室）主任"), FULL_TIME_SUPERVISOR("专职督察员"), POLITICAL_SUPERVISOR("政治督导员"),
	INTEGRITY_SUPERVISOR("廉政监察员"), MENTOR("业务导师");

	private final String label;

	SupervisorRole(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static SupervisorRole parse(String text) {
		return Labelled.parse(SupervisorRole.class, text);
	}
}
