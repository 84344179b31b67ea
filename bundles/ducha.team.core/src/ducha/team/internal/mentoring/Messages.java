package ducha.team.internal.mentoring;

import ducha.core.Language;

/**
 * The texts of the mentoring (service, reminders, command line): {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Chinese), in the platform's language.
 */
public final class Messages {

	public static String demoMentorships;
	public static String fieldDoneOn;
	public static String fieldFrom;
	public static String fieldMentor;
	public static String fieldMilestone;
	public static String fieldNote;
	public static String fieldPlan;
	public static String fieldReference;
	public static String fieldRemarks;
	public static String fieldShadowedOn;
	public static String fieldSignedOn;
	public static String fieldTo;
	public static String fieldTrainee;
	public static String mentorIsTrainee;
	public static String mentorshipNotFound;
	public static String milestoneNotFound;
	public static String notMentor;
	public static String notTrainee;
	public static String reminderDetail;
	public static String reminderOverdue;
	public static String signOffWhy;
	public static String signedOff;
	public static String stateSignedOff;
	public static String stateOverdue;
	public static String stateOpen;
	public static String cliHeader;
	public static String cliTotal;
	public static String mentorshipLabel;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
