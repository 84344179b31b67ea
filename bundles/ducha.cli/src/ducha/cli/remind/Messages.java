package ducha.cli.remind;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli remind}. */
public final class Messages {

	public static String headerUrgency;
	public static String headerDue;
	public static String headerTitle;
	public static String headerDetail;
	public static String headerSource;
	public static String overdue;
	public static String dueSoon;
	public static String info;
	public static String none;
	public static String summary;
	public static String sourceFailed;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
