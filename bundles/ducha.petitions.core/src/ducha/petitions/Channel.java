package ducha.petitions;

import ducha.core.Labelled;

/** How a petition or report reached the office. */
public enum Channel implements Labelled {
	LETTER("来信"), VISIT("来访"), ONLINE("网上举报"), PHONE("电话举报"),
	/** Referred by a higher authority, which names its own deadline. */
	REFERRAL("上级转办");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static Channel parse(String text) {
		return Labelled.parse(Channel.class, text);
	}
}
