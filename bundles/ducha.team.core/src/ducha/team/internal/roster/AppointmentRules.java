package ducha.team.internal.roster;

import java.util.ArrayList;
import java.util.List;

import ducha.core.Language;
import ducha.core.directory.SupervisorAssignment;
import ducha.team.RosterService;

/** What an appointment must satisfy before anything is written (the service's own check, besides the platform's). */
final class AppointmentRules {

	private AppointmentRules() {
	}

	static List<String> problems(RosterContext context, SupervisorAssignment a) {
		List<String> problems = new ArrayList<>();
		if (context.directory.staff(a.staffNo()).isEmpty()) {
			problems.add(Language.format(Messages.noStaff, a.staffNo()));
		}
		if (a.departmentCode() != null && context.directory.department(a.departmentCode()).isEmpty()) {
			problems.add(Language.format(Messages.noDepartment, a.departmentCode()));
		}
		if (a.departmentCode() == null && RosterService.DEPARTMENT_ROLES.contains(a.role())) {
			problems.add(Language.format(Messages.departmentRequired, a.role().label()));
		}
		return problems;
	}

	/** The refusal of a term overlapping a stored one. */
	static String overlapProblem(RosterContext context, SupervisorAssignment other) {
		return Language.format(Messages.overlap, context.staffName(other.staffNo()), other.role().label(),
				context.departmentName(other.departmentCode()), other.startDate(),
				other.endDate() == null ? Messages.ongoing : other.endDate().toString());
	}
}
