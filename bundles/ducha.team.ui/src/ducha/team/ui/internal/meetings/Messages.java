package ducha.team.ui.internal.meetings;

import ducha.core.Language;

/**
 * Texts of the work meetings and mentoring views ({@code messages.properties}, English;
 * {@code messages_zh_CN.properties}, Chinese).
 */
public final class Messages {

	public static String year;
	public static String unavailable;
	public static String loadJob;
	public static String saveJob;
	public static String recordMeeting;
	public static String raiseProblem;
	public static String analyseProblem;
	public static String resolveProblem;
	public static String exportMinutes;
	public static String meetingsCount;
	public static String agendaCount;
	public static String minutesWritten;
	public static String colDate;
	public static String colTitle;
	public static String colAttendees;
	public static String colNumber;
	public static String colSource;
	public static String colDescription;
	public static String colResolution;
	public static String colDue;
	public static String colState;
	public static String sourceRaised;
	public static String sourceCarried;
	public static String stateResolved;
	public static String stateOverdue;
	public static String stateOpen;
	public static String stateNew;
	public static String meetingTitle;
	public static String meetingMessage;
	public static String fieldDate;
	public static String fieldTitle;
	public static String fieldChair;
	public static String fieldAttendees;
	public static String fieldMinutes;
	public static String titleMissing;
	public static String attendeesMissing;
	public static String problemTitle;
	public static String problemMessage;
	public static String fieldRaisedBy;
	public static String fieldDescription;
	public static String fieldDepartment;
	public static String raisedByMissing;
	public static String descriptionMissing;
	public static String departmentMissing;
	public static String analysisTitle;
	public static String analysisMessage;
	public static String fieldAnalysis;
	public static String fieldAnalysedOn;
	public static String fieldResolution;
	public static String fieldOwner;
	public static String fieldDue;
	public static String analysisMissing;
	public static String resolutionMissing;
	public static String ownerMissing;
	public static String resolveTitle;
	public static String resolveMessage;
	public static String fieldResolvedOn;
	public static String fieldResolvedHow;
	public static String howMissing;
	public static String startMentorship;
	public static String addMilestone;
	public static String milestoneDone;
	public static String addShadowed;
	public static String signOff;
	public static String mentorshipsCount;
	public static String colMentor;
	public static String colTrainee;
	public static String colRotation;
	public static String colMilestones;
	public static String colPlan;
	public static String colMilestone;
	public static String colDone;
	public static String colKind;
	public static String colReference;
	public static String colNote;
	public static String stateSignedOff;
	public static String stateMilestoneOverdue;
	public static String stateInProgress;
	public static String mentorshipTitle;
	public static String mentorshipMessage;
	public static String fieldMentor;
	public static String fieldTrainee;
	public static String fieldFrom;
	public static String fieldTo;
	public static String fieldPlan;
	public static String peopleMissing;
	public static String rotationReversed;
	public static String milestoneTitle;
	public static String fieldMilestone;
	public static String milestoneMissing;
	public static String shadowTitle;
	public static String fieldKind;
	public static String fieldReference;
	public static String fieldNote;
	public static String referenceMissing;
	public static String signOffTitle;
	public static String signOffMessage;
	public static String signOffOpenMilestones;
	public static String fieldSignedOn;
	public static String fieldRemarks;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
