package ducha.team.internal.roster;

import ducha.core.Language;

/** The texts of the roster and the specialist groups ({@code messages*.properties} beside this class). */
final class Messages {

	static String deniedDepartment;
	static String noStaff;
	static String noDepartment;
	static String departmentRequired;
	static String overlap;
	static String ongoing;
	static String endBeforeStart;
	static String tooLong;
	static String reason;
	static String politicalAbility;
	static String professionalQuality;
	static String disciplineConduct;
	static String seniority;
	static String decisionRef;
	static String criteriaNotStored;
	static String noAssignment;
	static String noGroup;
	static String noMember;
	static String groupCodeTaken;
	static String groupNameTaken;
	static String groupNameMissing;
	static String groupName;
	static String groupScope;
	static String badGroupCode;
	static String groupNotThen;
	static String alreadyMember;
	static String ledgerNameMismatch;
	static String ledgerEndedAlready;
	static String ledgerOverlapRow;
	static String ledgerGroupName;
	static String ledgerTwoLeaders;
	static String ledgerMemberOverlap;
	static String figurePolitical;
	static String figureIntegrity;
	static String figureGroups;
	static String tileGapsTitle;
	static String tileGapsDetail;
	static String tileNotPermitted;
	static String reminderEndsToday;
	static String reminderEndsIn;
	static String reminderDetail;
	static String groupLabel;
	static String memberLabel;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
