package ducha.cli.setup;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli setup}. */
public final class Messages {

	public static String accountsExist;
	public static String passwordName;
	public static String created;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
