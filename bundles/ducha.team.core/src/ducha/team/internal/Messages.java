package ducha.team.internal;

import ducha.core.Language;

/**
 * The user-visible texts of the team plugin's core: {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Chinese), in the platform's language ({@link Language}).
 */
public final class Messages {

	public static String sectionTitle;
	public static String permissionManage;
	public static String permissionRead;
	public static String permissionEvaluate;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
