package ducha.team;

/**
 * Ids of the supervisor team plugin's permissions (declared with their roles by the plugin's PermissionProvider).
 * Appointing and ending roles is the platform's {@code supervisors.write} (the office director and the
 * administrator): the roles are platform records that other plugins read.
 */
public final class TeamPermissions {

	/** Keep the specialist groups, mentoring and the work meetings, record selection criteria (督察室). */
	public static final String MANAGE = "team.manage";
	/** Read the roster, groups, meetings and mentoring (院领导, 部门负责人, the supervisors themselves). */
	public static final String READ = "team.read";
	/** Evaluate integrity supervisors and award bonus points (督察室主任). */
	public static final String EVALUATE = "team.evaluate";

	private TeamPermissions() {
	}
}
