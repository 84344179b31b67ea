package ducha.core.internal.dashboard;

import ducha.core.Language;

/**
 * Titles and captions of the platform's dashboard tiles: messages.properties (English), messages_zh_CN.properties
 * (Chinese, the default; {@link Language}). Placeholders follow {@link java.text.MessageFormat}; fill them with
 * {@link Language#format}.
 */
public final class Messages {

	public static String Staff_title;
	public static String Staff_caption;
	public static String Reminders_title;
	public static String Reminders_caption;
	public static String Reminders_failedSources;
	public static String Supervisors_title;
	public static String Supervisors_caption;
	public static String Chart_month;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
