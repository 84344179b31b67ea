package ducha.core.internal.demo;

import ducha.core.Language;

/**
 * Texts of the demo court's creation (its people and departments are data, in DemoCourt): messages.properties
 * (English), messages_zh_CN.properties (Chinese, the default; {@link Language}). Placeholders follow
 * {@link java.text.MessageFormat}; fill them with {@link Language#format}.
 */
public final class Messages {

	public static String Demo_task;
	public static String Demo_notEmpty;
	public static String Demo_platformStep;
	public static String Demo_platformSummary;
	public static String Demo_pluginStep;
	public static String Demo_pluginFailed;
	public static String Demo_accountExists;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
