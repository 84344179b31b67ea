package ducha.core.internal.keys;

import ducha.core.Language;

/** Texts of envelope encryption's failures. */
public final class Messages {

	public static String notUnlocked;
	public static String staleGrant;
	public static String wrapFailed;
	public static String sealFailed;
	public static String openFailed;
	public static String notRecoveryGrant;
	public static String recoveryExists;
	public static String recoveryFileExists;
	public static String recoveryUnreadable;
	public static String recoveryForeign;
	public static String recoveryWritten;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
