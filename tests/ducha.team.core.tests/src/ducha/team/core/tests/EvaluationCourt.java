package ducha.team.core.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.test.osgi.Osgi;

/**
 * A court of two departments for the evaluation of integrity supervisors in 2025: 民一庭 (MS1) with 廉政监察员 林清
 * all year, 刑庭 (XST) with 高洁 from 1 July 2025 (her predecessor 马良 until 30 June 2025), and 李明 of MS1, who never
 * held the role. 吴新 is appointed only in 2026.
 */
final class EvaluationCourt {

	static final int YEAR = 2025;
	static final Principal ADMIN = Principal.system("tester");
	static final String LIN = "30001";
	static final String GAO = "30002";
	static final String MA = "30003";
	static final String LI = "30004";
	static final String WU = "30005";

	/** 督察室主任: evaluates. */
	static final Principal DIRECTOR = user("director", null, Role.OFFICE_DIRECTOR);

	private EvaluationCourt() {
	}

	static void create() {
		TeamTables.reset();
		DirectoryService directory = Osgi.service(DirectoryService.class);
		directory.importDepartments(List.of(new Department("MS1", "民事审判第一庭", DepartmentKind.TRIAL, 10, true),
				new Department("XST", "刑事审判庭", DepartmentKind.TRIAL, 20, true)), ADMIN);
		directory.importStaff(List.of(staff(LIN, "林清", "MS1"), staff(LI, "李明", "MS1"), staff(GAO, "高洁", "XST"),
				staff(MA, "马良", "XST"), staff(WU, "吴新", "XST")), ADMIN);
		SupervisorService supervisors = Osgi.service(SupervisorService.class);
		assign(supervisors, LIN, "MS1", LocalDate.of(2024, 3, 1), null);
		assign(supervisors, MA, "XST", LocalDate.of(2023, 3, 1), LocalDate.of(YEAR, 6, 30));
		assign(supervisors, GAO, "XST", LocalDate.of(YEAR, 7, 1), null);
		assign(supervisors, WU, "XST", LocalDate.of(YEAR + 1, 2, 1), null);
	}

	private static void assign(SupervisorService supervisors, String staffNo, String department, LocalDate from,
			LocalDate to) {
		supervisors.assign(new SupervisorAssignment(0, staffNo, SupervisorRole.INTEGRITY_SUPERVISOR, department, null,
				from, to), ADMIN);
	}

	/** 林清 logged in as the integrity supervisor of MS1. */
	static Principal lin() {
		return user("lin", LIN, Role.INTEGRITY_SUPERVISOR, "MS1");
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
