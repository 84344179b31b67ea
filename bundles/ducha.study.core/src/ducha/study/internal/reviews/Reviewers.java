package ducha.study.internal.reviews;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.study.Reviewer;

/**
 * Who can review in a month: the staff holding the political supervisor's role (政治督导员), each with the
 * department they belong to and never review: their department in the staff directory, or the department their
 * role covers for a 工号 the directory no longer knows.
 */
@Component(service = Reviewers.class)
public class Reviewers {

	@Reference
	private SupervisorService supervisors;

	@Reference
	private DirectoryService directory;

	/** The political supervisors holding the role on the month's first day, by 工号. */
	List<Reviewer> of(YearMonth month) {
		Map<String, Reviewer> reviewers = new LinkedHashMap<>();
		for (SupervisorAssignment a : supervisors.heldOn(SupervisorRole.POLITICAL_SUPERVISOR, month.atDay(1))) {
			reviewers.putIfAbsent(a.staffNo(), new Reviewer(a.staffNo(), ownDepartment(a)));
		}
		return reviewers.values().stream().sorted(Comparator.comparing(Reviewer::staffNo)).toList();
	}

	/** True when the staff member holds the role on some day of the month. */
	boolean holdsRoleIn(String staffNo, YearMonth month) {
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		return supervisors.ofStaff(staffNo).stream().anyMatch(a -> a.role() == SupervisorRole.POLITICAL_SUPERVISOR
				&& !a.startDate().isAfter(last) && (a.endDate() == null || !a.endDate().isBefore(first)));
	}

	/** The department the staff member belongs to (null for a 工号 unknown to the directory). */
	String ownDepartment(String staffNo) {
		return directory.staff(staffNo).map(Staff::departmentCode).orElse(null);
	}

	private String ownDepartment(SupervisorAssignment a) {
		String own = ownDepartment(a.staffNo());
		return own != null ? own : a.departmentCode();
	}
}
