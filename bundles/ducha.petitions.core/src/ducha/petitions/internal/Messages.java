package ducha.petitions.internal;

import ducha.core.Language;

/** User-visible texts of the petitions plugin's services (Chinese by default, English). */
public final class Messages {

	public static String reporterFormat;
	public static String noKeyHolder;
	public static String noGrant;
	public static String auditRekeyed;
	public static String rekeyedOne;
	public static String rekeySkipped;
	public static String attachmentUnreadable;
	public static String attachmentNotWritten;
	public static String tileOpen;
	public static String tileOpenCaption;
	public static String tileDueThisWeek;
	public static String tileDueThisWeekCaption;
	public static String tileOverdue;
	public static String tileOverdueCaption;
	public static String tileNoRight;
	public static String auditRegistered;
	public static String handlersMissing;
	public static String closedNoHandlers;
	public static String auditAssigned;
	public static String fieldTransferReason;
	public static String transferOwnOnly;
	public static String notAHandler;
	public static String closedNoTransfer;
	public static String handlerNoAccount;
	public static String handlerNoRight;
	public static String handlerReported;
	public static String auditVerify;
	public static String conclusionMissing;
	public static String fieldFindings;
	public static String dispositionMissing;
	public static String closeDateMissing;
	public static String auditClosed;
	public static String auditReporterDenied;
	public static String auditReasonSealed;
	public static String accountWithoutStaffNo;
	public static String readIdentity;
	public static String readAttachment;
	public static String reasonUnreadable;
	public static String reporterProtected;
	public static String fieldReadReason;
	public static String fieldNote;
	public static String auditNote;
	public static String fieldClearance;
	public static String clearanceDateMissing;
	public static String clearanceNotAllowed;
	public static String clearanceNotReported;
	public static String clearanceTwice;
	public static String auditClearance;
	public static String noticeNotIssued;
	public static String noNumbering;
	public static String auditNotice;
	public static String noDocuments;
	public static String clearanceNotFound;
	public static String onlyHandlersWork;
	public static String petitionNotFound;
	public static String illegalTransition;
	public static String fieldChannel;
	public static String fieldReceivedOn;
	public static String receivedInFuture;
	public static String reporterNameMissing;
	public static String reporterNameTooLong;
	public static String contactTooLong;
	public static String reportedMissing;
	public static String reportedTwice;
	public static String reportedUnknown;
	public static String fieldSummary;
	public static String fieldCategory;
	public static String fieldReferringBody;
	public static String referralBeforeReceipt;
	public static String referringBodyOnlyForReferrals;
	public static String fieldRequired;
	public static String fieldTooLong;
	public static String clueKindUnknown;
	public static String auditCluesRefreshed;
	public static String outcomeMissing;
	public static String mergedPetitionMissing;
	public static String clueNotFound;
	public static String receptionMissing;
	public static String reminderOverdue;
	public static String reminderToday;
	public static String reminderDue;
	public static String reminderDetail;
	public static String badReminderDays;
	public static String badChannelKey;
	public static String badDeadlineDays;
	public static String permissionRead;
	public static String permissionHandle;
	public static String permissionAssign;
	public static String permissionScreen;
	public static String chartTitle;
	public static String archiveConclusionKind;
	public static String archiveConclusion;
	public static String archiveDispositionKind;
	public static String archiveDisposition;
	public static String archiveClearanceKind;
	public static String archiveClearance;
	public static String reportTitle;
	public static String figureReceived;
	public static String figureDisposed;
	public static String figureCleared;
	public static String ledgerNoPetition;
	public static String ledgerClearedBeforeConclusion;
	public static String ledgerBadNotice;
	public static String ledgerNoticeOtherYear;
	public static String ledgerNoticeUsed;
	public static String ledgerNoticeFixed;
	public static String ledgerSeqBelowOne;
	public static String ledgerReceptionKey;
	public static String ledgerSeqGap;
	public static String ledgerNameMismatch;
	public static String demoSeeded;
	public static String clueLabel;
	public static String petitionLabel;
	public static String findPetitionKind;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
