package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
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

/** A court of two departments: 李明 and 王芳 in 民一庭 (MS1), 赵强 in 刑庭 (XST). */
final class Court {

	static final Principal ADMIN = Principal.system("tester");
	static final String LI = "20001";
	static final String WANG = "20002";
	static final String ZHAO = "20003";

	private Court() {
	}

	static void create() {
		DirectoryService directory = Osgi.service(DirectoryService.class);
		directory.importDepartments(List.of(new Department("MS1", "民事审判第一庭", DepartmentKind.TRIAL, 10, true),
				new Department("XST", "刑事审判庭", DepartmentKind.TRIAL, 20, true)), ADMIN);
		directory.importStaff(List.of(staff(LI, "李明", "MS1"), staff(WANG, "王芳", "MS1"), staff(ZHAO, "赵强", "XST")),
				ADMIN);
	}

	/** A user with one role; departments empty = every department. */
	static Principal user(String name, String staffNo, Role role, String... departments) {
		DepartmentScope scope = departments.length == 0 ? DepartmentScope.ALL : DepartmentScope.of(Set.of(departments));
		return new Principal(name, name, staffNo, Set.of(role), scope);
	}

	private static Staff staff(String no, String name, String department) {
		return new Staff(no, name, department, "审判员", LocalDate.of(2015, 7, 1), EmploymentStatus.ACTIVE);
	}
}
