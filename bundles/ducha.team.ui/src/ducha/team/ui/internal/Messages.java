package ducha.team.ui.internal;

import ducha.core.Language;

/** Texts of the team plugin's views ({@code messages.properties}, English; {@code messages_zh_CN.properties}, Chinese). */
public final class Messages {

	public static String department;
	public static String staff;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
