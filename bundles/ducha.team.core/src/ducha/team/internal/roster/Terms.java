package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import ducha.core.directory.SupervisorAssignment;
import ducha.team.RosterService;

/**
 * The rule terms of office keep: one political and one integrity supervisor per department at a time, and nobody
 * holds the same role in the same place twice at once. The service and the roster ledger check it alike.
 */
final class Terms {

	private Terms() {
	}

	/**
	 * The first term among {@code others} the candidate may not overlap, if any (the candidate's own stored record,
	 * same id, is passed over).
	 */
	static Optional<SupervisorAssignment> conflict(SupervisorAssignment candidate,
			Collection<SupervisorAssignment> others) {
		return others.stream().filter(o -> o.id() == 0 || o.id() != candidate.id())
				.filter(o -> o.role() == candidate.role()).filter(o -> overlap(o, candidate))
				.filter(o -> samePost(o, candidate) || o.staffNo().equals(candidate.staffNo())
						&& Objects.equals(o.departmentCode(), candidate.departmentCode()))
				.findFirst();
	}

	/** Both are one-per-department roles of the same department. */
	private static boolean samePost(SupervisorAssignment a, SupervisorAssignment b) {
		return RosterService.DEPARTMENT_ROLES.contains(a.role()) && a.departmentCode() != null
				&& a.departmentCode().equals(b.departmentCode());
	}

	static boolean overlap(SupervisorAssignment a, SupervisorAssignment b) {
		return !end(a).isBefore(b.startDate()) && !end(b).isBefore(a.startDate());
	}

	private static LocalDate end(SupervisorAssignment a) {
		return a.endDate() == null ? LocalDate.MAX : a.endDate();
	}
}
