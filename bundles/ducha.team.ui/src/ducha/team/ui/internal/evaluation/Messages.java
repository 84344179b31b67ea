package ducha.team.ui.internal.evaluation;

import ducha.core.Language;

/**
 * Texts of the evaluation view ({@code messages.properties}, English; {@code messages_zh_CN.properties}, Chinese).
 */
public final class Messages {

	public static String year;
	public static String quarter1;
	public static String quarter2;
	public static String quarter3;
	public static String quarter4;
	public static String evaluate;
	public static String exportBonus;
	public static String issueBulletin;
	public static String colStaffNo;
	public static String colName;
	public static String colDepartment;
	public static String colDuties;
	public static String colGrade;
	public static String colBonus;
	public static String unavailable;
	public static String loadJob;
	public static String saveJob;
	public static String supervisorsCount;
	public static String evaluated;
	public static String bonusFileName;
	public static String bonusWritten;
	public static String bulletinFileName;
	public static String bulletinWritten;
	public static String archiveHeading;
	public static String archiveDuties;
	public static String archiveNoDuties;
	public static String archiveBonus;
	public static String evaluateTitle;
	public static String evaluateMessage;
	public static String fieldPeriod;
	public static String fieldGrade;
	public static String fieldRemarks;
	public static String gradeMissing;
	public static String remarksMissing;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
