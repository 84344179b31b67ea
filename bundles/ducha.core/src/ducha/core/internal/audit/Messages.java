package ducha.core.internal.audit;

import ducha.core.Language;

/**
 * Texts of the audit chain's verification: messages.properties (English), messages_zh_CN.properties (Chinese, the
 * default; {@link Language}). Placeholders follow {@link java.text.MessageFormat}; fill them with
 * {@link Language#format}.
 */
final class Messages {

	static String Chain_notChained;
	static String Chain_gap;
	static String Chain_previous;
	static String Chain_changed;
	static String Chain_head;
	static String Chain_checkName;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
