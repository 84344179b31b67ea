package ducha.reports.internal;

import ducha.core.Language;

/**
 * Texts of the reports bundle outside the official documents (whose fixed Chinese wording stays in the layout
 * code): messages.properties (English), messages_zh_CN.properties (Chinese, the default; {@link Language}).
 * Placeholders follow {@link java.text.MessageFormat}; fill them with {@link Language#format}.
 */
public final class Messages {

	public static String Permission_read;
	public static String Report_sectionFailed;
	public static String Numbering_badKind;
	public static String Numbering_badYear;
	public static String Numbering_failed;
	public static String Numbering_readFailed;
	public static String Chart_issuedTitle;
	public static String Chart_issuedSeries;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
