package ducha.study.internal.cli;

import ducha.core.Language;

/**
 * The texts of the tests' commands ({@code messages.properties}, English; {@code messages_zh_CN.properties}, Chinese).
 */
public final class Messages {

	public static String unreadable;
	public static String noFolder;
	public static String imported;
	public static String makeupsHeader;
	public static String absent;
	public static String makeupsSummary;
	public static String badQuarter;
	public static String sheetWritten;
	public static String paperHeader;
	public static String paperKey;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
