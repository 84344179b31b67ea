package ducha.app.internal.reminders;

import org.eclipse.osgi.util.NLS;

/** Texts of this package: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.internal.reminders.messages";

	public static String Reminders_title;
	public static String Reminders_job;
	public static String Reminders_computing;
	public static String Reminders_refresh;
	public static String Reminders_none;
	public static String Reminders_status;
	public static String Reminders_sourcesFailed;
	public static String Reminders_overdue;
	public static String Reminders_dueSoon;
	public static String Reminders_info;
	public static String Reminders_columnUrgency;
	public static String Reminders_columnDue;
	public static String Reminders_columnTitle;
	public static String Reminders_columnDetail;
	public static String Reminders_indicator;
	public static String Reminders_indicatorTip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
