package ducha.cases.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the case views (messages_zh_CN.properties is what users see by default). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.cases.ui.internal.messages";

	public static String Cases_colNo;
	public static String Cases_colCause;
	public static String Cases_colJudge;
	public static String Cases_colDepartment;
	public static String Cases_colFiled;
	public static String Cases_colProcedure;
	public static String Cases_colStatus;
	public static String Cases_colClosed;
	public static String Cases_colAge;
	public static String Cases_colRule;
	public static String Cases_previous;
	public static String Cases_next;
	public static String Cases_reload;
	public static String Cases_loading;
	public static String Cases_loadJob;
	public static String Cases_failed;
	public static String Cases_registerSummary;
	public static String Cases_watchSummary;
	public static String Cases_empty;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
