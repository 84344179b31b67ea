package ducha.core.directory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One staff member holding one supervision role for a span of time.
 *
 * @param id             database id, 0 for an assignment not yet stored
 * @param staffNo        工号 of the supervisor
 * @param role           the role held
 * @param departmentCode department the role covers (a political/integrity supervisor covers one department), may
 *                       be null for court-wide roles
 * @param groupName      专业督察组 the supervisor belongs to, may be null
 * @param startDate      first day in the role
 * @param endDate        last day in the role, null while the role is held
 * @param version        the stored record's version (optimistic locking), 0 for one not yet stored
 */
public record SupervisorAssignment(long id, String staffNo, SupervisorRole role, String departmentCode,
		String groupName, LocalDate startDate, LocalDate endDate, long version) {

	/** An assignment as given to {@link SupervisorService#assign} (its version comes with the stored one). */
	public SupervisorAssignment(long id, String staffNo, SupervisorRole role, String departmentCode,
			String groupName, LocalDate startDate, LocalDate endDate) {
		this(id, staffNo, role, departmentCode, groupName, startDate, endDate, 0);
	}

	public SupervisorAssignment {
		Objects.requireNonNull(staffNo, "staffNo");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(startDate, "startDate");
		if (endDate != null && endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("role ends (" + endDate + ") before it starts (" + startDate + ")");
		}
	}

	/** True when the role is held on the given day. */
	public boolean heldOn(LocalDate day) {
		return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
	}
}
