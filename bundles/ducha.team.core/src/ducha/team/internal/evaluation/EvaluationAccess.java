package ducha.team.internal.evaluation;

import java.util.Set;

import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.team.TeamPermissions;

/**
 * Who reads whose evaluations and archive. The director (EVALUATE) reads everyone's; a reader (READ) reads their
 * own, and, unless a part-time supervisor themself, those of the departments in their scope: an integrity
 * supervisor's archive is not read by the other supervisors.
 */
record EvaluationAccess(AuthorizationService authorization) {

	private static final Set<Role> PART_TIME = Set.of(Role.POLITICAL_SUPERVISOR, Role.INTEGRITY_SUPERVISOR, Role.STAFF);

	boolean mayEvaluate(Principal actor) {
		return authorization.isPermitted(actor, TeamPermissions.EVALUATE);
	}

	void checkEvaluate(Principal actor) {
		authorization.check(actor, TeamPermissions.EVALUATE);
	}

	/** Refuses a viewer with neither READ nor EVALUATE. */
	void checkRead(Principal viewer) {
		if (!mayEvaluate(viewer)) {
			authorization.check(viewer, TeamPermissions.READ);
		}
	}

	/**
	 * True when the viewer may read the archive of the supervisor covering the department.
	 *
	 * @param departmentCode the department the supervisor covers, may be null
	 */
	boolean mayRead(Principal viewer, String staffNo, String departmentCode) {
		if (mayEvaluate(viewer)) {
			return true;
		}
		if (!authorization.isPermitted(viewer, TeamPermissions.READ)) {
			return false;
		}
		if (staffNo.equals(viewer.staffNo())) {
			return true;
		}
		return !PART_TIME.containsAll(viewer.roles()) && departmentCode != null
				&& authorization.canSeeDepartment(viewer, departmentCode);
	}

	void checkRead(Principal viewer, String staffNo, String departmentCode) {
		checkRead(viewer);
		if (!mayRead(viewer, staffNo, departmentCode)) {
			throw new AccessDeniedException(Messages.deniedArchive);
		}
	}
}
