package ducha.core.internal.sealing;

import ducha.core.Language;

/** Texts of the sealer's failures. */
public final class Messages {

	public static String keyDamaged;
	public static String keyUnreadable;
	public static String sealFailed;
	public static String openFailed;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
