package ducha.study.ui.internal;

import ducha.core.Language;

/**
 * Texts shared by the study plugin's views ({@code messages.properties}, English; {@code messages_zh_CN.properties},
 * Chinese). The reviews' and the tests' views keep their own texts beside their classes.
 */
public final class Messages {

	public static String month;
	public static String department;
	public static String reviewer;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
