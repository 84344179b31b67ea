package ducha.cli.users;

import ducha.cli.internal.CliLanguage;

/** Texts of {@code ducha-cli users}. */
public final class Messages {

	public static String passwordEmpty;
	public static String newPasswordName;
	public static String userDisabled;
	public static String userEnabled;
	public static String userRemoved;
	public static String unknownRole;
	public static String unknownStaff;
	public static String unknownDepartment;
	public static String unknownUser;
	public static String userAdded;
	public static String passwordChanged;
	public static String allDepartments;
	public static String noDepartments;
	public static String headerUser;
	public static String headerName;
	public static String headerStaffNo;
	public static String headerRoles;
	public static String headerScope;
	public static String headerEnabled;
	public static String enabled;
	public static String disabled;

	static {
		CliLanguage.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
