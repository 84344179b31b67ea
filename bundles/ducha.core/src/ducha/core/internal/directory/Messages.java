package ducha.core.internal.directory;

import ducha.core.Language;

/**
 * Texts of the staff directory and the supervisors (problems, refusals): messages.properties (English),
 * messages_zh_CN.properties (Chinese, the default; {@link Language}). Placeholders follow
 * {@link java.text.MessageFormat}; fill them with {@link Language#format}.
 */
public final class Messages {

	public static String Rules_badDepartmentCode;
	public static String Rules_badStaffNo;
	public static String Rules_department;
	public static String Rules_staff;
	public static String Rules_departmentName;
	public static String Rules_staffName;
	public static String Rules_position;
	public static String Rules_hiredLater;
	public static String Ledger_notPermitted;
	public static String Ledger_nameTaken;
	public static String Directory_duplicateCode;
	public static String Directory_nameTaken;
	public static String Directory_duplicateStaffNo;
	public static String Directory_noDepartment;
	public static String Directory_notPermitted;
	public static String Supervisor_noStaff;
	public static String Supervisor_noDepartment;
	public static String Supervisor_departmentRequired;
	public static String Supervisor_noAssignment;
	public static String Supervisor_label;
	public static String Supervisor_endBeforeStart;
	public static String Find_staffKind;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
