package ducha.app.internal.account;

import org.eclipse.osgi.util.NLS;

import ducha.core.Language;

/** Texts of the user's own account and log-out: messages.properties (English), messages_zh_CN.properties (Chinese). */
final class Messages extends NLS {

	public static String OwnPassword_shellTitle;
	public static String OwnPassword_title;
	public static String OwnPassword_message;
	public static String OwnPassword_current;
	public static String OwnPassword_new;
	public static String OwnPassword_repeat;
	public static String OwnPassword_currentMissing;
	public static String OwnPassword_newMissing;
	public static String OwnPassword_differ;
	public static String OwnPassword_wrongCurrent;
	public static String OwnPassword_done;
	public static String SwitchUser_shellTitle;
	public static String SwitchUser_confirm;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
