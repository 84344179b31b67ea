package ducha.core.directory;

import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;

/** Who holds which supervision role when. Changes need {@code supervisors.write} and are audited. */
public interface SupervisorService {

	/** Assignments of the role held on the given day (all roles when {@code role} is null). */
	List<SupervisorAssignment> heldOn(SupervisorRole role, LocalDate day);

	/** Every assignment, past and present, of one staff member. */
	List<SupervisorAssignment> ofStaff(String staffNo);

	/** Every assignment of the role, past and present, by start date (checks of overlapping terms need them). */
	List<SupervisorAssignment> ofRole(SupervisorRole role);

	/** Stores a new assignment and returns it with its id. */
	SupervisorAssignment assign(SupervisorAssignment assignment, Principal actor);

	/**
	 * Ends an assignment on the given day.
	 *
	 * @param seenVersion the assignment's version the caller saw
	 * @throws ducha.core.ConcurrentChangeException when the assignment changed since (naming who and when)
	 */
	void end(long assignmentId, long seenVersion, LocalDate lastDay, Principal actor);
}
