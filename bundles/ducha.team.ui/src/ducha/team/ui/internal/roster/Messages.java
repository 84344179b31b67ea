package ducha.team.ui.internal.roster;

import ducha.core.Language;

/** The texts of the roster and specialist group views ({@code messages*.properties} beside this class). */
final class Messages {

	static String day;
	static String loading;
	static String loadJob;
	static String saveJob;
	static String unavailable;
	static String rosterCount;
	static String noGaps;
	static String gapsList;
	static String historyTitle;
	static String appoint;
	static String end;
	static String appointTitle;
	static String appointHeading;
	static String appointMessage;
	static String endTitle;
	static String endMessage;
	static String fieldStaff;
	static String fieldRole;
	static String fieldDepartment;
	static String fieldGroup;
	static String fieldFrom;
	static String fieldTo;
	static String toHint;
	static String fieldPolitical;
	static String fieldProfessional;
	static String fieldDiscipline;
	static String fieldSeniority;
	static String fieldDecision;
	static String fieldLastDay;
	static String none;
	static String staffMissing;
	static String departmentMissing;
	static String toInvalid;
	static String toBeforeFrom;
	static String colRole;
	static String colDepartment;
	static String colStaffNo;
	static String colName;
	static String colGroup;
	static String colFrom;
	static String colTo;
	static String colDecision;
	static String colCriteria;
	static String groupsCount;
	static String newGroup;
	static String rename;
	static String addMember;
	static String makeLeader;
	static String removeMember;
	static String dissolve;
	static String colCode;
	static String colLeader;
	static String colMembers;
	static String colEstablished;
	static String colScope;
	static String colJoined;
	static String colLeft;
	static String yes;
	static String groupTitle;
	static String groupHeading;
	static String groupMessage;
	static String fieldCode;
	static String fieldGroupName;
	static String fieldScope;
	static String fieldLeader;
	static String fieldEstablished;
	static String codeMissing;
	static String nameMissing;
	static String memberTitle;
	static String memberMessage;
	static String fieldJoined;
	static String renameTitle;
	static String renameMessage;
	static String removeTitle;
	static String removeMessage;
	static String dissolveTitle;
	static String dissolveMessage;
	static String groupGone;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
