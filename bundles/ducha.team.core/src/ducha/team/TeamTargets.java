package ducha.team;

/**
 * The {@link ducha.core.spi.ViewTargets logical views} the team plugin's tiles and reminders open; its UI tags the
 * part descriptors that show them {@code ducha.target:<target>}.
 */
public final class TeamTargets {

	/** The 1+2+N roster (督察队伍名册) with its gaps and history. */
	public static final String ROSTER = "team.roster";
	/** The specialist supervision groups (专业督察组). */
	public static final String GROUPS = "team.groups";
	/** Mentoring of new supervisors (跟班学习). */
	public static final String MENTORING = "team.mentoring";
	/** Work meetings (工作例会) and the problems raised at them. */
	public static final String MEETINGS = "team.meetings";
	/** Evaluation of integrity supervisors and the performance archive (考核评价、业绩档案). */
	public static final String EVALUATION = "team.evaluation";

	private TeamTargets() {
	}
}
