package ducha.inspections.ui.internal;

import ducha.core.Language;

/** Texts of the inspections plugin's views ({@code messages.properties}, English; {@code messages_zh_CN.properties}, Chinese). */
public final class Messages {

	public static String year;
	public static String department;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
