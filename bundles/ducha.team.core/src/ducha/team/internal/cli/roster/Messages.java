package ducha.team.internal.cli.roster;

import ducha.core.Language;

/** The texts the roster and groups {@code ducha-cli team} commands print ({@code messages*.properties} beside them). */
final class Messages {

	static String badDate;
	static String badRole;
	static String badDepartment;
	static String rosterHeader;
	static String rosterTotal;
	static String gapsTotal;
	static String historyTotal;
	static String groupsTotal;
	static String appointed;
	static String ended;
	static String exempted;
	static String unexempted;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
