package ducha.cases.internal;

import ducha.core.Language;

/**
 * Texts of the cases plugin's core (problems, tiles, charts, archive entries, progress), in the language of
 * {@link Language}: Chinese unless English is chosen.
 */
public final class Messages {

	public static String noStaff;
	public static String deadlineNotAfterIssue;
	public static String orderSubjectEmpty;
	public static String caseNotRegistered;
	public static String orderNotOpen;
	public static String orderClosed;
	public static String orderNotExtendable;
	public static String extensionTooLate;
	public static String newDeadlineNotLater;
	public static String noOrder;
	public static String findingDescriptionEmpty;
	public static String talkContentEmpty;
	public static String talkBeforeFinding;
	public static String measuresEmpty;
	public static String followupBeforeFinding;
	public static String verificationEmpty;
	public static String noFollowup;
	public static String followupVerified;
	public static String verifiedBeforeOpened;
	public static String bulletinTitleEmpty;
	public static String bulletinWithoutFindings;
	public static String noFinding;
	public static String findingInOtherBulletin;
	public static String badKeyword;
	public static String badPartyThreshold;
	public static String suggestionKindMissing;
	public static String alreadyMarked;
	public static String noSuggestion;
	public static String unknownCaseType;
	public static String duplicateRule;
	public static String noRule;
	public static String markKindMissing;
	public static String notMarked;
	public static String caseNotVisible;
	public static String reasonMissing;
	public static String reasonTooLong;
	public static String noKindChosen;
	public static String exportFailed;
	public static String exportTask;
	public static String exportCasesTask;
	public static String writeFailed;
	public static String registerTooLarge;
	public static String importCasesTask;
	public static String importWriteFailed;
	public static String caseNoRepeated;
	public static String badCaseNo;
	public static String filedNotInCaseYear;
	public static String closedBeforeFiled;
	public static String closedWithoutDate;
	public static String dateButOpen;
	public static String negativeParties;
	public static String moreProblems;
	public static String invalidCaseNo;
	public static String dayBeforeFinding;
	public static String sameFindingSameDay;
	public static String severalFindings;
	public static String verifiedBeforeOpenedRow;
	public static String verificationMissing;
	public static String verifiedDateMissing;
	public static String noRightToSeeCases;
	public static String noLongPending;
	public static String mostLongPending;
	public static String departmentCases;
	public static String noRightToSeeOrders;
	public static String overdueOrdersCaption;
	public static String ordersIssued;
	public static String ordersClosed;
	public static String longPendingSeries;
	public static String tileLongPending;
	public static String tileOverdueOrders;
	public static String chartOrdersPerMonth;
	public static String chartLongPendingPerDepartment;
	public static String sweepJob;
	public static String permissionRead;
	public static String permissionImport;
	public static String permissionRules;
	public static String permissionSupervise;
	public static String permissionReview;
	public static String permissionMark;
	public static String archiveFinding;
	public static String archiveFindingTitle;
	public static String archiveBulletin;
	public static String archiveBulletinTitle;
	public static String archiveTalk;
	public static String archiveTalkTitle;
	public static String archiveFollowup;
	public static String archiveFollowupTitle;
	public static String archiveFollowupVerified;
	public static String archiveFollowupOpen;
	public static String caseNoEmpty;
	public static String caseNoNoYear;
	public static String caseNoYearUnclosed;
	public static String caseNoYearDigits;
	public static String caseNoYearImplausible;
	public static String caseNoNoEnd;
	public static String caseNoNoSequence;
	public static String caseNoSequenceTooLong;
	public static String caseNoSequenceZero;
	public static String caseNoNoType;
	public static String caseNoUnknownType;
	public static String caseNoBadCourt;
	public static String caseNoCourtDigits;
	public static String caseNoCourtDigitCount;
	public static String suggestionDecided;
	public static String noSuchFinding;
	public static String badScheduleDays;
	public static String bulletinOutOfScope;
	public static String noDocumentService;
	public static String folderMissing;
	public static String noBulletin;
	public static String noSuchFindingType;
	public static String colCaseNo;
	public static String colCause;
	public static String colJudge;
	public static String colDepartment;
	public static String colFiled;
	public static String colProcedure;
	public static String colClosed;
	public static String colMethod;
	public static String colParties;
	public static String colFindingCase;
	public static String colStaffNo;
	public static String colNotAfterToday;
	public static String colAtMost1000;
	public static String colBulletin;
	public static String colFindingCaseOf;
	public static String colTypeWhenSeveral;
	public static String colResponsible;
	public static String colAfterFinding;
	public static String colHeldBy;
	public static String colTalkSupervisor;
	public static String colAtMost2000;
	public static String colFollowupSupervisor;
	public static String colVerified;
	public static String colVerification;
	public static String orderLabel;
	public static String followupLabel;
	public static String suggestionLabel;
	public static String watchRuleLabel;
	public static String findCaseKind;

	public static String ruleReached;

	public static String colBulletinNumber;
	public static String colBulletinIssued;
	public static String colBulletinTitle;
	public static String badBulletinNumber;
	public static String bulletinOtherYear;
	public static String bulletinStored;
	public static String noSuchBulletin;
	public static String findingAfterBulletin;
	public static String findingInBulletin;

	public static String colOrderCase;
	public static String colOrderSubject;
	public static String colOrderDeadline;
	public static String colExtensions;
	public static String colOrderClosed;
	public static String colOrderResult;
	public static String colIssuedBy;
	public static String orderClosedWithoutDate;
	public static String orderClosedBeforeIssued;
	public static String orderOpenWithClosing;
	public static String orderOverdueNotDue;
	public static String badExtension;
	public static String extensionInFuture;
	public static String extensionBeforeIssue;
	public static String orderCaseNotRegistered;
	public static String orderStored;

	public static String importNeedsCourtWideScope;
	public static String flagDatesTask;
	public static String flagDatesFailed;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
