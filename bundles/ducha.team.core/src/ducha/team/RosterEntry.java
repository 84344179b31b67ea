package ducha.team;

import java.time.LocalDate;

import ducha.core.directory.SupervisorAssignment;

/**
 * One appointment as the roster shows it: the platform's role record, the person's name and the selection
 * criteria the team plugin recorded with it.
 *
 * @param assignment the platform's record (who, which role, department, group, from, to)
 * @param staffName  姓名, the 工号 itself for a staff member no longer in the directory
 * @param criteria   the selection criteria, {@link SelectionCriteria#NONE} for an appointment recorded without them
 */
public record RosterEntry(SupervisorAssignment assignment, String staffName, SelectionCriteria criteria) {

	public long id() {
		return assignment.id();
	}

	public String staffNo() {
		return assignment.staffNo();
	}

	public boolean heldOn(LocalDate day) {
		return assignment.heldOn(day);
	}
}
