package ducha.app.internal.staff;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorService;
import ducha.core.security.Principal;

/**
 * What the staff directory shows, read off the UI thread: the departments and the staff the reader may see,
 * with department names and today's supervision roles resolved.
 *
 * @param departments the departments in the reader's scope, in the court's order
 * @param rows        the staff rows
 */
record StaffDirectory(List<Department> departments, List<StaffRow> rows) {

	static StaffDirectory load(DirectoryService directory, SupervisorService supervisors, Principal reader) {
		List<Department> departments = directory.departments();
		Map<String, Department> byCode = departments.stream()
				.collect(Collectors.toMap(Department::code, Function.identity(), (a, b) -> a));
		Map<String, String> roles = supervisors.heldOn(null, LocalDate.now()).stream()
				.collect(Collectors.groupingBy(SupervisorAssignment::staffNo,
						Collectors.mapping(a -> a.role().label(), Collectors.joining("、"))));
		List<StaffRow> rows = directory.staff(StaffQuery.ALL, reader).stream()
				.map(staff -> row(staff, byCode.get(staff.departmentCode()), roles.get(staff.staffNo())))
				.sorted(Comparator.comparingInt(StaffRow::departmentOrder).thenComparing(StaffRow::staffNo))
				.toList();
		// a reader limited to some departments is not shown the others, each with (0) staff they may not see
		List<Department> seen = departments.stream().filter(d -> reader.scope().includes(d.code())).toList();
		return new StaffDirectory(seen, rows);
	}

	private static StaffRow row(Staff staff, Department department, String roles) {
		return new StaffRow(staff.staffNo(), staff.name(), staff.departmentCode(),
				department == null ? staff.departmentCode() : department.name(),
				department == null ? null : department.kind(),
				department == null ? Integer.MAX_VALUE : department.sortOrder(),
				staff.position() == null ? "" : staff.position(),
				staff.hireDate() == null ? "" : staff.hireDate().toString(), staff.status().label(),
				roles == null ? "" : roles);
	}

	/** Staff count per department code. */
	Map<String, Long> countByDepartment() {
		return rows.stream().collect(Collectors.groupingBy(StaffRow::departmentCode, Collectors.counting()));
	}
}
