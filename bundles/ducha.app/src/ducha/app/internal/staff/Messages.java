package ducha.app.internal.staff;

import org.eclipse.osgi.util.NLS;

/** Texts of this package: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "ducha.app.internal.staff.messages";

	public static String Staff_colStaffNo;
	public static String Staff_colName;
	public static String Staff_colDepartment;
	public static String Staff_colPosition;
	public static String Staff_colHireDate;
	public static String Staff_colStatus;
	public static String Staff_colRoles;
	public static String Staff_reload;
	public static String Staff_columns;
	public static String Staff_export;
	public static String Staff_exportShown;
	public static String Staff_loading;
	public static String Staff_loadJob;
	public static String Staff_loadFailed;
	public static String Staff_summary;
	public static String Staff_wholeCourt;
	public static String Staff_inactive;
	public static String Staff_exportTitle;
	public static String Staff_exportFileName;
	public static String Staff_exportDone;
	public static String Staff_exportFailed;
	public static String Departments_colCode;
	public static String Departments_colName;
	public static String Departments_colKind;
	public static String Departments_colStaff;
	public static String Departments_colState;
	public static String Departments_active;
	public static String Departments_inactive;
	public static String Departments_loadJob;
	public static String Staff_detailTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
