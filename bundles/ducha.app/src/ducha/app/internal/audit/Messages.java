package ducha.app.internal.audit;

import org.eclipse.osgi.util.NLS;

/** Texts of the audit view: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.internal.audit.messages";

	public static String Audit_actor;
	public static String Audit_action;
	public static String Audit_record;
	public static String Audit_from;
	public static String Audit_to;
	public static String Audit_search;
	public static String Audit_verify;
	public static String Audit_colTime;
	public static String Audit_colActor;
	public static String Audit_colAction;
	public static String Audit_colRecord;
	public static String Audit_colDetail;
	public static String Audit_loading;
	public static String Audit_loadJob;
	public static String Audit_count;
	public static String Audit_newest;
	public static String Audit_verifying;
	public static String Audit_verifyJob;
	public static String Audit_intact;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
