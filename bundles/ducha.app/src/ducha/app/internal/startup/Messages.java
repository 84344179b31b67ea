package ducha.app.internal.startup;

import org.eclipse.osgi.util.NLS;

/** Texts of this package: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.internal.startup.messages";

	public static String Startup_connectingTitle;
	public static String Startup_connecting;
	public static String Startup_checkingContent;
	public static String Startup_noDatabaseService;
	public static String Startup_timeout;
	public static String Startup_failure;
	public static String Startup_failedTitle;
	public static String Startup_databaseFailed;
	public static String Startup_openPreferences;
	public static String Startup_exit;
	public static String Startup_seedingTitle;
	public static String Startup_seedingFailed;
	public static String Login_shellTitle;
	public static String Login_title;
	public static String Login_message;
	public static String Login_username;
	public static String Login_password;
	public static String Login_button;
	public static String Login_usernameMissing;
	public static String Login_job;
	public static String Login_checking;
	public static String Login_wrongPassword;
	public static String Login_demoAccounts;
	public static String Login_warningBelow;
	public static String Startup_demoTitle;
	public static String ChangePassword_shellTitle;
	public static String ChangePassword_title;
	public static String ChangePassword_message;
	public static String ChangePassword_password;
	public static String ChangePassword_button;
	public static String ChangePassword_job;
	public static String FirstAdmin_shellTitle;
	public static String FirstAdmin_title;
	public static String FirstAdmin_message;
	public static String FirstAdmin_username;
	public static String FirstAdmin_password;
	public static String FirstAdmin_repeat;
	public static String FirstAdmin_button;
	public static String FirstAdmin_passwordsDiffer;
	public static String FirstAdmin_job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
