package ducha.study.internal.reviews;

import ducha.core.Language;

/**
 * The texts of the study records and monthly reviews (services, ledgers, tile, reminders, chart, command line):
 * {@code messages.properties} (English) and {@code messages_zh_CN.properties} (Chinese), in the platform's language.
 */
public final class Messages {

	public static String assignNotReviewer;
	public static String assignOtherMonth;
	public static String assignOwnDepartment;
	public static String assignTwice;
	public static String chartSeries;
	public static String chartTitle;
	public static String checkFuture;
	public static String checkRequired;
	public static String checkTooLong;
	public static String demoReviews;
	public static String demoSessions;
	public static String deniedDepartment;
	public static String deniedNotAssigned;
	public static String documentsUnavailable;
	public static String feedbackNoReview;
	public static String fieldDate;
	public static String fieldFinding;
	public static String fieldRecordNo;
	public static String fieldRecordText;
	public static String fieldRectification;
	public static String fieldReviewDate;
	public static String fieldTopic;
	public static String fieldVerification;
	public static String fieldVerifiedOn;
	public static String figurePersonTimes;
	public static String figureReviews;
	public static String ledgerBadMonth;
	public static String ledgerBadPosition;
	public static String ledgerNoSuchReview;
	public static String ledgerSessionsAllDepartments;
	public static String ledgerStaffElsewhere;
	public static String ledgerVerifiedOnMissing;
	public static String problemNotFound;
	public static String reminderDetail;
	public static String reminderDue;
	public static String reminderToday;
	public static String reviewBeforeMonth;
	public static String reviewNoStaff;
	public static String reviewNumberTaken;
	public static String reviewStaffElsewhere;
	public static String reviewStaffTwice;
	public static String sessionDepartmentFixed;
	public static String sessionHours;
	public static String sessionNoAttendees;
	public static String sessionNotFound;
	public static String sessionNumberTaken;
	public static String tileDetail;
	public static String tileNotPermitted;
	public static String tileTitle;
	public static String unknownDepartment;
	public static String unknownStaff;
	public static String verifyBeforeReview;
	public static String cliBadMonth;
	public static String cliUnknownDepartment;
	public static String cliProposalTitle;
	public static String cliProposalHeader;
	public static String cliProposalRepeat;
	public static String cliProposalUncovered;
	public static String cliProposalSaved;
	public static String cliReviewsHeader;
	public static String cliReviewsTotal;
	public static String cliFeedbackBadFile;
	public static String cliFeedbackWritten;
	public static String sessionLabel;
	public static String problemLabel;
	public static String findSessionKind;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
