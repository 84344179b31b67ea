package ducha.cli.keys;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli keys}. */
public final class Messages {

	public static String recoveryExported;
	public static String regranted;
	public static String unknownUser;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
