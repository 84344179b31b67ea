package ducha.cli.run;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli run}. */
public final class Messages {

	public static String unclosedQuote;
	public static String unreadable;
	public static String badLine;
	public static String nested;
	public static String loginOption;
	public static String afterPluginChange;
	public static String lineFailed;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
