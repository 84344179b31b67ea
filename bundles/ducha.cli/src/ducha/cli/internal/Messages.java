package ducha.cli.internal;

/** Texts of the command line's framework: errors, waiting, usage. */
public final class Messages {

	public static String serviceTimeout;
	public static String interrupted;
	public static String databaseUnavailable;
	public static String nothingStored;
	public static String rejected;
	public static String notPermitted;
	public static String unexpected;
	public static String contributionFailed;
	public static String contributionDuplicate;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
