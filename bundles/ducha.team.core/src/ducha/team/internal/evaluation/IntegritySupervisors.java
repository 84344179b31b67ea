package ducha.team.internal.evaluation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.period.Period;

/** Who was an integrity supervisor (廉政监察员) in a period, from the platform's role history. */
record IntegritySupervisors(SupervisorService supervisors) {

	/**
	 * 工号 → the department covered (the last assignment of the period), for everyone holding the role on a day of
	 * it: an appointment that began and ended inside the period counts too. In the order of the court's roles list
	 * (department, then 工号).
	 */
	Map<String, String> of(Period period) {
		Map<String, SupervisorAssignment> latest = new LinkedHashMap<>();
		supervisors.ofRole(SupervisorRole.INTEGRITY_SUPERVISOR).stream().filter(a -> overlaps(a, period))
				.sorted(Comparator.comparing((SupervisorAssignment a) -> a.departmentCode() == null ? ""
						: a.departmentCode()).thenComparing(SupervisorAssignment::staffNo))
				.forEach(a -> latest.merge(a.staffNo(), a,
						(old, now) -> now.startDate().isBefore(old.startDate()) ? old : now));
		Map<String, String> departments = new LinkedHashMap<>();
		latest.forEach((staffNo, a) -> departments.put(staffNo, a.departmentCode()));
		return departments;
	}

	/** The department the person covered as integrity supervisor in the period (the last such role), if any. */
	Optional<String> covered(String staffNo, Period period) {
		return supervisors.ofStaff(staffNo).stream()
				.filter(a -> a.role() == SupervisorRole.INTEGRITY_SUPERVISOR && overlaps(a, period))
				.max(Comparator.comparing(SupervisorAssignment::startDate))
				.map(a -> a.departmentCode() == null ? "" : a.departmentCode());
	}

	private static boolean overlaps(SupervisorAssignment a, Period period) {
		return !a.startDate().isAfter(period.to()) && (a.endDate() == null || !a.endDate().isBefore(period.from()));
	}
}
