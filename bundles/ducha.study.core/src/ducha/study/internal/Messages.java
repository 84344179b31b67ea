package ducha.study.internal;

import ducha.core.Language;

/**
 * The user-visible texts of the study plugin's core shared by its parts (permissions, the report section):
 * {@code messages.properties} (English) and {@code messages_zh_CN.properties} (Chinese), in the platform's language
 * ({@link Language}). The reviews and the tests keep their own texts beside their classes.
 */
public final class Messages {

	public static String sectionTitle;
	public static String permissionRecordsRead;
	public static String permissionRecordsWrite;
	public static String permissionReviewsAssign;
	public static String permissionReviewsReadAll;
	public static String permissionReviewsWrite;
	public static String permissionTestsManage;
	public static String permissionScoresReadAll;
	public static String permissionScoresReadDepartment;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
