package ducha.integrity.internal;

import ducha.core.Language;

/**
 * The user-visible texts of the integrity plugin's core (problems, command-line output, reminders, dashboard and
 * report labels): {@code messages.properties} (English) and {@code messages_zh_CN.properties} (Chinese), in the
 * platform's language ({@link Language}, Chinese unless English is chosen). Ledger headers and values and the fixed
 * text of the 廉情报告 are file formats and official wording: they stay in the code, in Chinese.
 */
public final class Messages {

	public static String checkRequired;
	public static String checkTooLong;
	public static String fieldBasis;
	public static String fieldDecidedBy;
	public static String fieldNote;
	public static String fieldHeldBy;
	public static String fieldHeldByStaffNo;
	public static String fieldReason;
	public static String fieldContent;
	public static String fieldFollowUp;
	public static String readDispositions;
	public static String readTalks;
	public static String talkEscalateDirectly;
	public static String talkNotFound;
	public static String talkHighestLevel;
	public static String talkAlreadyEscalated;
	public static String talkOtherStaff;
	public static String talkBeforeOrigin;
	public static String auditTalkEscalated;
	public static String riskMeasureNotFound;
	public static String riskNextReviewNotAfterToday;
	public static String riskMeasureLabel;
	public static String riskReviewOutOfScope;
	public static String riskReviewRetired;
	public static String riskReviewInFuture;
	public static String riskReviewBeforeEffective;
	public static String riskNextReviewNotAfterReview;
	public static String fieldReviewedOn;
	public static String fieldNextReview;
	public static String fieldReviewNote;
	public static String auditReview;
	public static String cliReviewed;
	public static String staffNotFound;
	public static String staffNotFoundIn;
	public static String auditReadDenied;
	public static String archiveDenied;
	public static String reportNotPermitted;
	public static String notLoggedIn;
	public static String auditRead;
	public static String numbersUnavailable;
	public static String documentsUnavailable;
	public static String auditReportIssued;
	public static String reportNoStaff;
	public static String reportTooMany;
	public static String reportUnknownStaff;
	public static String tileTitle;
	public static String tileOwnArchive;
	public static String tileOwnArchiveDetail;
	public static String tileNotPermitted;
	public static String tileDetail;
	public static String chartDispositionsTitle;
	public static String chartDispositionsSeries;
	public static String chartUnknownDepartment;
	public static String chartTalksTitle;
	public static String chartTalksSeries;
	public static String sectionTitle;
	public static String figureTalksCriticism;
	public static String figureSelfExamination;
	public static String figureResignation;
	public static String figureMeasures;
	public static String figureRules;
	public static String figureBooks;
	public static String figureRecommendations;
	public static String reminderMeasureOverdue;
	public static String reminderMeasureToday;
	public static String reminderMeasureDue;
	public static String reminderMeasureDetail;
	public static String reminderRuleToday;
	public static String reminderRuleDue;
	public static String reminderRuleDetail;
	public static String reminderRuleNumbered;
	public static String permissionArchiveAll;
	public static String permissionArchiveDepartment;
	public static String permissionRecordsRead;
	public static String permissionRecordsWrite;
	public static String ledgerUnknownParticipants;
	public static String ledgerYearRange;
	public static String ledgerQuarterChoices;
	public static String ledgerQuarter;
	public static String ledgerCycleRange;
	public static String ledgerStatusInvalid;
	public static String ledgerStatusNeedsEnd;
	public static String ledgerStatusShouldEnd;
	public static String ledgerEndBeforeStart;
	public static String ledgerNoSuchTalk;
	public static String ledgerTalkOtherStaff;
	public static String ledgerTalkWrongLevel;
	public static String ledgerTalkHighest;
	public static String ledgerTalkBeforeOrigin;
	public static String ledgerTalkEscalatedTwice;
	public static String ledgerHeldByMissing;
	public static String cliUnknownLedger;
	public static String cliNoFolder;
	public static String cliUnreadable;
	public static String cliImported;
	public static String cliExported;
	public static String cliTemplateWritten;
	public static String cliLedgerNotInstalled;
	public static String cliListed;
	public static String cliDueOverdue;
	public static String cliDueSummary;
	public static String cliToBeforeFrom;
	public static String cliDraftWritten;
	public static String cliFormatNeedsOut;
	public static String cliDocumentsUnavailable;
	public static String cliIssued;
	public static String cliBadFormat;
	public static String cliBadDate;
	public static String demoSeeded;
	public static String talkLabel;
	public static String findArchiveKind;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
