package ducha.team.core.tests;

import java.util.List;

import ducha.test.osgi.Osgi;

/** The team plugin's tables, children first, emptied before each test that stores records. */
final class TeamTables {

	static final List<String> TABLES = List.of(
			// roster and groups (V1)
			"team_group_member", "team_group", "team_appointment", "team_exempt_department"
			// meetings and mentoring (V2)
			, "team_mentoring_shadowed", "team_mentoring_milestone", "team_mentorship", "team_meeting_problem",
			"team_meeting_attendee", "team_meeting"

			// evaluation (V5)
			, "team_evaluation", "team_evaluation_bulletin"

	);

	private TeamTables() {
	}

	/** Empties the team's and the platform's tables. */
	static void reset() {
		Osgi.resetTables("ducha.team", TABLES);
	}
}
