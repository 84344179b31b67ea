package ducha.cli.ledger;

import ducha.cli.internal.CliLanguage;

/** Texts of the ledger commands. */
public final class Messages {

	public static String fileNotReadable;
	public static String folderMissing;
	public static String imported;
	public static String exported;
	public static String templateWritten;
	public static String notice;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
