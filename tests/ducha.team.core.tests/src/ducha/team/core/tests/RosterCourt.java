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
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.team.GroupService;
import ducha.team.RosterEntry;
import ducha.team.RosterService;
import ducha.team.SelectionCriteria;
import ducha.test.osgi.Osgi;

/**
 * The roster tests' court: 院领导 (YLD), 立案庭 (LAT), 执行局 (ZXJ) and the office 政治部（督察室） (ZZB), two
 * staff members in each of LAT and ZXJ and three in ZZB; the director, a full-time supervisor, the head of 立案庭 and a
 * staff member as principals.
 */
final class RosterCourt {

	static final Principal ADMIN = Principal.system("tester");
	static final String WANG = "40001"; // 立案庭
	static final String ZHAO = "40002"; // 立案庭
	static final String SUN = "40011"; // 执行局
	static final String QIAN = "40012"; // 执行局
	static final String ZHOU = "40021"; // 政治部（督察室）
	static final String WU = "40022"; // 政治部（督察室）
	static final String ZHENG = "40023"; // 政治部（督察室）

	static final Principal OFFICE = user("director", null, Role.OFFICE_DIRECTOR);
	/** A director whose account covers 立案庭 only (to test the department scope of appointments). */
	static final Principal OFFICE_LAT = user("director-lat", null, Role.OFFICE_DIRECTOR, "LAT");
	/** A full-time supervisor: keeps the groups and criteria, does not appoint. */
	static final Principal FULL_TIME = user("fulltime", WU, Role.FULL_TIME_SUPERVISOR);
	static final Principal HEAD_LAT = user("head", ZHAO, Role.DEPARTMENT_HEAD, "LAT");
	static final Principal STAFF = user("staff", WANG, Role.STAFF, "LAT");

	static final SelectionCriteria CRITERIA = new SelectionCriteria("政治立场坚定", "业务骨干", "近三年无违纪记录",
			"从事法院工作 12 年", "院政〔2024〕3号");

	private RosterCourt() {
	}

	static void create() {
		DirectoryService directory = Osgi.service(DirectoryService.class);
		directory.importDepartments(List.of(new Department("YLD", "院领导", DepartmentKind.LEADERSHIP, 1, true),
				new Department("LAT", "立案庭", DepartmentKind.TRIAL, 10, true),
				new Department("ZXJ", "执行局", DepartmentKind.ENFORCEMENT, 20, true),
				new Department("ZZB", "政治部（督察室）", DepartmentKind.ADMINISTRATIVE, 30, true)), ADMIN);
		directory.importStaff(List.of(staff(WANG, "王立", "LAT"), staff(ZHAO, "赵庭", "LAT"), staff(SUN, "孙执", "ZXJ"),
				staff(QIAN, "钱执", "ZXJ"), staff(ZHOU, "周督", "ZZB"), staff(WU, "吴督", "ZZB"),
				staff(ZHENG, "郑督", "ZZB")), ADMIN);
	}

	static Principal user(String name, String staffNo, Role role, String... departments) {
		DepartmentScope scope = departments.length == 0 ? DepartmentScope.ALL : DepartmentScope.of(Set.of(departments));
		return new Principal(name, name, staffNo, Set.of(role), scope);
	}

	static RosterService roster() {
		return Osgi.service(RosterService.class);
	}

	static GroupService groups() {
		return Osgi.service(GroupService.class);
	}

	/** Appoints through the service as the office, with the criteria. */
	static RosterEntry appoint(String staffNo, SupervisorRole role, String department, LocalDate from, LocalDate to) {
		return roster().appoint(term(staffNo, role, department, from, to), CRITERIA, OFFICE);
	}

	static SupervisorAssignment term(String staffNo, SupervisorRole role, String department, LocalDate from,
			LocalDate to) {
		return new SupervisorAssignment(0, staffNo, role, department, null, from, to);
	}

	private static Staff staff(String no, String name, String department) {
		return new Staff(no, name, department, "审判员", LocalDate.of(2012, 7, 1), EmploymentStatus.ACTIVE);
	}
}
