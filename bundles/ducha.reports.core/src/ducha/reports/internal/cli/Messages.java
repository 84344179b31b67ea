package ducha.reports.internal.cli;

import ducha.core.Language;

/** Texts of {@code ducha-cli report}. */
public final class Messages {

	public static String badDate;
	public static String toBeforeFrom;
	public static String unknownFormat;
	public static String outRequired;
	public static String writeFailed;
	public static String written;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
