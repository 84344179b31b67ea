package ducha.cli.demo;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli demo}. */
public final class Messages {

	public static String notEmpty;
	public static String accounts;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
