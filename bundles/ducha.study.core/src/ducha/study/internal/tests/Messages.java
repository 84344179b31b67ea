package ducha.study.internal.tests;

import ducha.core.Language;

/**
 * The texts of the quarterly tests and make-ups ({@code messages.properties}, English; {@code messages_zh_CN.properties},
 * Chinese), in the platform's language.
 */
public final class Messages {

	public static String paperTooFew;
	public static String testNotFound;
	public static String testIdNotFound;
	public static String attemptNotFound;
	public static String questionNotFound;
	public static String staffNotFound;
	public static String checkRequired;
	public static String checkTooLong;
	public static String fieldCode;
	public static String fieldTitle;
	public static String fieldTopic;
	public static String fieldText;
	public static String fieldAnswer;
	public static String questionPoints;
	public static String questionOptions;
	public static String questionAnswerLetters;
	public static String questionSingleAnswer;
	public static String questionTrueFalse;
	public static String questionNoOptions;
	public static String testQuarter;
	public static String testDateInQuarter;
	public static String testOpenUntil;
	public static String testPassMark;
	public static String testTotal;
	public static String testTimeLimit;
	public static String testNoPaper;
	public static String testExists;
	public static String settingInvalid;
	public static String examNotCandidate;
	public static String examNotOpen;
	public static String examNotWorkbench;
	public static String examNoAttemptLeft;
	public static String examNotYours;
	public static String examClosed;
	public static String examTooLate;
	public static String examUnknownQuestion;
	public static String markPoints;
	public static String markNotShortAnswer;
	public static String markNotHandedIn;
	public static String makeupNotDue;
	public static String makeupDate;
	public static String makeupScore;
	public static String grantNotWorkbench;
	public static String auditTestCreated;
	public static String figureTests;
	public static String figureMakeupStaff;
	public static String tileMakeups;
	public static String tileMakeupsDetail;
	public static String tileNotPermitted;
	public static String reminderExam;
	public static String reminderExamDetail;
	public static String reminderExamRunning;
	public static String reminderExamRunningDetail;
	public static String reminderMarking;
	public static String reminderMarkingDetail;
	public static String chartPassRate;
	public static String chartPassRateSeries;
	public static String chartFinalSeries;
	public static String archiveKind;
	public static String archiveMakeupKind;
	public static String demoSeeded;
	public static String permissionRead;
	public static String ledgerOtherTest;
	public static String ledgerAbsentWithScore;
	public static String ledgerScoreMissing;
	public static String ledgerScoreRange;
	public static String ledgerDateBeforeTest;
	public static String ledgerStatus;
	public static String ledgerSeed;
	public static String questionLabel;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
