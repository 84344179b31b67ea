package ducha.inspections.internal;

import ducha.core.Language;

/**
 * The user-visible texts of the inspections plugin's core: {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Chinese), in the platform's language ({@link Language}).
 */
public final class Messages {

	public static String sectionTitle;
	public static String permissionManage;
	public static String permissionRead;
	public static String permissionRectify;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
