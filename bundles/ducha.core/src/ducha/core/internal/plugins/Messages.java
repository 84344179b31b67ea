package ducha.core.internal.plugins;

import org.eclipse.osgi.util.NLS;

/** Texts of the plugin switches. */
final class Messages extends NLS {

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
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
