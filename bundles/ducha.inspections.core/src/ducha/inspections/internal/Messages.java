package ducha.inspections.internal;

import ducha.core.Language;

/**
 * The user-visible texts of the inspections plugin's core: {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Chinese), in the platform's language ({@link Language}). Ledger headers, audit
 * details, the bulletin's wording and demo data are formats or records, not texts: they stay Chinese.
 */
public final class Messages {

	public static String sectionTitle;
	public static String permissionManage;
	public static String permissionRead;
	public static String permissionRectify;
	public static String deniedDepartment;
	public static String unknownDepartment;
	public static String unknownStaff;
	public static String unknownInspector;
	public static String inspectionNotFound;
	public static String findingNotFound;
	public static String planNotFound;
	public static String planStartOutsideYear;
	public static String planNoAssignee;
	public static String planSpecialTheme;
	public static String checklistIncomplete;
	public static String checklistNotFound;
	public static String inspectionNoDepartment;
	public static String inspectionClosed;
	public static String inspectionOpenFindings;
	public static String findingNoDescription;
	public static String findingDeadlineBeforeInspection;
	public static String findingVerified;
	public static String findingNotRectified;
	public static String rectifiedBeforeInspection;
	public static String verifiedBeforeRectified;
	public static String bulletinIncomplete;
	public static String bulletinFindingNamed;
	public static String bulletinFindingConfidential;
	public static String bulletinNotFound;
	public static String documentsUnavailable;
	public static String tileNotPermitted;
	public static String tileMonthTitle;
	public static String tileMonthDetail;
	public static String tileRectificationTitle;
	public static String tileRectificationDetail;
	public static String reminderPlanOverdue;
	public static String reminderPlanToday;
	public static String reminderPlanDueIn;
	public static String reminderRectificationOverdue;
	public static String reminderRectificationToday;
	public static String reminderRectificationDueIn;
	public static String reminderVerify;
	public static String chartPerMonthTitle;
	public static String chartFindingsTitle;
	public static String chartFindingsSeries;
	public static String archiveFindingKind;
	public static String archiveFinding;
	public static String archiveBulletinKind;
	public static String archiveBulletin;
	public static String ledgerBadDateTime;
	public static String ledgerFuture;
	public static String ledgerBadMonth;
	public static String ledgerClosedBeforeInspection;
	public static String ledgerVerifiedBeforeRectified;
	public static String ledgerBadBulletinNumber;
	public static String ledgerBulletinThisYear;
	public static String ledgerBulletinYear;
	public static String figureInspections;
	public static String figureBulletins;
	public static String findingLabel;
	public static String inspectionLabel;
	public static String checklistLabel;
	public static String findInspectionKind;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
