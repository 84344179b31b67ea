package ducha.cli.modules;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli modules}. */
public final class Messages {

	public static String headerModule;
	public static String headerBundle;
	public static String headerVersion;
	public static String headerState;
	public static String stateActive;
	public static String stateStarting;
	public static String stateStopping;
	public static String stateResolved;
	public static String stateInstalled;
	public static String stateUninstalled;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
