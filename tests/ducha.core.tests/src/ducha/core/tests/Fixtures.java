package ducha.core.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;

/** A small court of two departments used by several tests. */
final class Fixtures {

	static final Principal ADMIN = Principal.system("tester");

	private Fixtures() {
	}

	static Principal user(String name, Role role, String... departments) {
		DepartmentScope scope = departments.length == 0 ? DepartmentScope.ALL : DepartmentScope.of(Set.of(departments));
		return new Principal(name, name, null, Set.of(role), scope);
	}

	static void twoDepartments(DirectoryService directory) {
		directory.importDepartments(List.of(new Department("MS1", "民事审判第一庭", DepartmentKind.TRIAL, 10, true),
				new Department("XST", "刑事审判庭", DepartmentKind.TRIAL, 20, true)), ADMIN);
		directory.importStaff(List.of(staff("20001", "李明", "MS1"), staff("20002", "王芳", "MS1"),
				staff("20003", "赵强", "XST")), ADMIN);
	}

	static Staff staff(String no, String name, String department) {
		return new Staff(no, name, department, "审判员", LocalDate.of(2015, 7, 1), EmploymentStatus.ACTIVE);
	}
}
