package ducha.core.internal.plugins;

import ducha.core.Language;

/** Texts of the plugin switches. */
final class Messages {

	public static String platformCannotBeDisabled;
	public static String notInstalled;
	public static String alreadyDisabled;
	public static String notDisabled;
	public static String auditDisabled;
	public static String auditEnabled;
	public static String stopFailed;
	public static String startFailed;
	public static String badName;
	public static String platformIsNotAPlugin;
	public static String uninstallNotInstalled;
	public static String noDirector;
	public static String directorFailed;
	public static String directorExit;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
