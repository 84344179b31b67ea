package ducha.team;

import java.time.LocalDate;
import java.util.List;

import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.security.Principal;

/**
 * The 1+2+N roster (督察员名册): who holds which supervision role on any day, with the selection criteria, and the
 * departments left without a political or integrity supervisor. The roles are the platform's records
 * ({@link ducha.core.directory.SupervisorService}); this service adds the criteria and the checks of the model.
 * Reading needs {@link TeamPermissions#READ} and shows the departments in the reader's scope (court-wide roles to
 * every reader); appointing and ending need the platform's {@code supervisors.write}, recording criteria
 * {@link TeamPermissions#MANAGE}; a department-bound role also needs the department in the actor's scope.
 */
public interface RosterService {

	/** The roles a department must have one of each of. */
	List<SupervisorRole> DEPARTMENT_ROLES = List.of(SupervisorRole.POLITICAL_SUPERVISOR,
			SupervisorRole.INTEGRITY_SUPERVISOR);

	/**
	 * Appoints: refuses bad input (unknown staff or department, a political or integrity supervisor without
	 * department, a term overlapping another of the same role in the department or of the same person), then stores
	 * the role and its criteria.
	 *
	 * @param assignment the role, its id ignored
	 * @param criteria   the selection criteria, {@link SelectionCriteria#NONE} for none (then {@code team.manage} is
	 *                   not needed)
	 */
	RosterEntry appoint(SupervisorAssignment assignment, SelectionCriteria criteria, Principal actor);

	/**
	 * Ends an appointment on its last day.
	 *
	 * @param seenVersion the version of the assignment the caller saw ({@link SupervisorAssignment#version()})
	 * @throws ducha.core.ConcurrentChangeException when it changed since (naming who and when)
	 */
	void end(long assignmentId, long seenVersion, LocalDate lastDay, Principal actor);

	/**
	 * As {@link #end(long, long, LocalDate, Principal)} on the assignment as it is stored now: for a command or a
	 * ledger that names the assignment, where nothing was seen before.
	 */
	void end(long assignmentId, LocalDate lastDay, Principal actor);

	/** Records (or replaces) the selection criteria of an existing appointment. */
	RosterEntry recordCriteria(long assignmentId, SelectionCriteria criteria, Principal actor);

	/** Who held which role on the day, by role, department and 工号. */
	List<RosterEntry> roster(LocalDate day, Principal reader);

	/** Every appointment of one staff member, past and present, oldest first. */
	List<RosterEntry> history(String staffNo, Principal reader);

	/**
	 * The active departments (of the reader's scope, not exempted, not 院领导) without a political or without an
	 * integrity supervisor on the day, in the court's order of departments.
	 */
	List<RosterGap> gaps(LocalDate day, Principal reader);

	/**
	 * Exempts a department from the gaps (e.g. the supervision office itself, the trial management office); needs
	 * {@link TeamPermissions#MANAGE}.
	 *
	 * @param reason why, at most 200 characters
	 */
	void exempt(String departmentCode, String reason, Principal actor);

	/** Takes a department back into the gaps; needs {@link TeamPermissions#MANAGE}. */
	void unexempt(String departmentCode, Principal actor);

	/** The exempted departments' codes. */
	List<String> exempted(Principal reader);
}
