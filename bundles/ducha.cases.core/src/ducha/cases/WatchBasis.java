package ducha.cases;

/** What a long-pending rule measures. */
public enum WatchBasis {
	/** Days since filing reach the threshold. */
	DAYS("立案天数"),
	/** The share of the statutory limit (审限, in days) used reaches the given percentage. */
	LIMIT_SHARE("审限占比");

	private final String label;

	WatchBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static WatchBasis parse(String text) {
		return Labels.parse(values(), WatchBasis::label, text);
	}
}
