package ducha.petitions.internal.cli;

import ducha.core.Language;

/** What {@code ducha-cli petitions} prints: messages.properties (English), messages_zh_CN.properties (Chinese). */
public final class Messages {

	public static String rekeyDone;
	public static String listHeader;
	public static String overdueMark;
	public static String showNumber;
	public static String showChannel;
	public static String showReferredBy;
	public static String showReceived;
	public static String showReporter;
	public static String showReported;
	public static String showCategory;
	public static String showSummary;
	public static String showDeadline;
	public static String showState;
	public static String showHandlers;
	public static String showConclusion;
	public static String showDisposition;
	public static String showClearance;
	public static String noticeNotIssued;
	public static String reporterAnonymous;
	public static String reporterContact;
	public static String exported;
	public static String badFormat;
	public static String noticeWritten;
	public static String receptionTitle;
	public static String receptionHeader;
	public static String noReception;
	public static String receiver;
	public static String badMonth;
	public static String weekdays;
	public static String cluesHeader;
	public static String cluesImported;
	public static String readsNone;
	public static String readsLine;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
