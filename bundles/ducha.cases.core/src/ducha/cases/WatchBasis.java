package ducha.cases;

import ducha.core.Labelled;

/** What a long-pending rule measures. */
public enum WatchBasis implements Labelled {
	/** Days since filing reach the threshold. */
	DAYS,
	/** The share of the statutory limit (审限, in days) used reaches the given percentage. */
	LIMIT_SHARE;

	/** The label in the cores' language, e.g. for lists and exports. */
	@Override
	public String label() {
		return Labels.of(this);
	}

	public static WatchBasis parse(String text) {
		return Labelled.parse(WatchBasis.class, text);
	}
}
