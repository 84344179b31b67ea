package ducha.team.internal.meetings;

import ducha.core.Language;

/**
 * The texts of the work meetings (services, ledgers, figures, tile, reminders, command line): {@code
 * messages.properties} (English) and {@code messages_zh_CN.properties} (Chinese), in the platform's language.
 */
public final class Messages {

	public static String checkBefore;
	public static String checkFuture;
	public static String checkRequired;
	public static String checkTooLong;
	public static String demoMeetings;
	public static String deniedDepartment;
	public static String documentsUnavailable;
	public static String fieldAnalysedOn;
	public static String fieldAnalysis;
	public static String fieldAttendees;
	public static String fieldChair;
	public static String fieldDepartment;
	public static String fieldDescription;
	public static String fieldDue;
	public static String fieldMeetingDate;
	public static String fieldMinutes;
	public static String fieldOwner;
	public static String fieldRaisedBy;
	public static String fieldResolution;
	public static String fieldResolvedHow;
	public static String fieldResolvedOn;
	public static String fieldTitle;
	public static String figureAnalysed;
	public static String figureMeetings;
	public static String figureResolved;
	public static String ledgerAnalysisPair;
	public static String ledgerBadSeq;
	public static String ledgerBefore;
	public static String ledgerNoMeeting;
	public static String ledgerResolutionMissing;
	public static String ledgerResolvedNotAnalysed;
	public static String ledgerResolvedPair;
	public static String ledgerUnknownStaff;
	public static String meetingNoAttendees;
	public static String meetingNotFound;
	public static String problemNotFound;
	public static String problemResolved;
	public static String reminderDetail;
	public static String reminderOverdue;
	public static String resolveNotAnalysed;
	public static String tileDetail;
	public static String tileNotPermitted;
	public static String tileTitle;
	public static String unknownDepartment;
	public static String unknownStaff;
	public static String stateResolved;
	public static String stateOverdue;
	public static String stateOpen;
	public static String stateNew;
	public static String cliBadDate;
	public static String cliMeetingsHeader;
	public static String cliMeetingsTotal;
	public static String cliMinutesBadFile;
	public static String cliMinutesWritten;
	public static String cliProblemsHeader;
	public static String cliProblemsTotal;
	public static String problemLabel;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
