package ducha.core.internal.security;

import ducha.core.Language;

/**
 * Texts of accounts, log-in and permissions: messages.properties (English), messages_zh_CN.properties (Chinese, the
 * default; {@link Language}). Placeholders follow {@link java.text.MessageFormat}; fill them with
 * {@link Language#format}.
 */
public final class Messages {

	public static String Permission_staffRead;
	public static String Permission_staffWrite;
	public static String Permission_supervisorsWrite;
	public static String Permission_usersAdmin;
	public static String Permission_auditRead;
	public static String Permission_dbAdmin;
	public static String Permission_pluginsAdmin;
	public static String Permission_demoSeed;
	public static String Authorization_anonymous;
	public static String Authorization_denied;
	public static String Authorization_unknownPermission;
	public static String User_exists;
	public static String User_notFirst;
	public static String User_removeSelf;
	public static String User_lastAdmin;
	public static String User_notFound;
	public static String User_badName;
	public static String User_noRole;
	public static String User_noScope;
	public static String User_shortPassword;
	public static String User_passwordHasName;
	public static String User_commonPassword;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
