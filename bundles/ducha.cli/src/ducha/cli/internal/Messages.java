package ducha.cli.internal;

/** Texts of the command line's framework: errors, waiting, usage. */
public final class Messages {

	public static String serviceTimeout;
	public static String interrupted;
	public static String databaseUnavailable;
	public static String whatToDo;
	public static String nothingStored;
	public static String rejected;
	public static String notPermitted;
	public static String notPermittedId;
	public static String unexpected;
	public static String outOfMemory;
	public static String contributionFailed;
	public static String contributionDuplicate;
	public static String pluginSwitchedOff;
	public static String notLoggedIn;
	public static String loginRequired;
	public static String loginFailed;
	public static String passwordChangeFirst;
	public static String stdinWithoutUser;
	public static String loginPasswordName;
	public static String passwordPrompt;
	public static String noTerminal;
	public static String stdinEmpty;
	public static String stdinUnreadable;
	public static String credentialsMissing;
	public static String credentialsUnreadable;
	public static String credentialsIncomplete;
	public static String credentialsOpen;
	public static String demoAccounts;
	public static String newPasswordPrompt;
	public static String newPasswordAgain;
	public static String noTerminalForNewPassword;
	public static String passwordsDiffer;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
