package ducha.cli.plugins;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli plugins}. */
public final class Messages {

	public static String headerPlugin;
	public static String headerName;
	public static String headerVersion;
	public static String headerState;
	public static String headerAvailable;
	public static String stateRunning;
	public static String stateStopped;
	public static String stateDisabled;
	public static String stateDisabledNotInstalled;
	public static String stateNotInstalled;
	public static String installed;
	public static String uninstalled;
	public static String disabled;
	public static String enabled;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
