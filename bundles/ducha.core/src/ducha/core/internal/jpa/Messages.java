package ducha.core.internal.jpa;

import ducha.core.Language;

/**
 * Texts of the database access helpers: messages.properties (English), messages_zh_CN.properties (Chinese, the
 * default; {@link Language}). Placeholders follow {@link java.text.MessageFormat}; fill them with
 * {@link Language#format}.
 */
public final class Messages {

	public static String Jpa_readFailed;
	public static String Jpa_writeFailed;
	public static String Jpa_concurrentChange;
	public static String Versions_changed;
	public static String Versions_changedBy;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
