package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;

/**
 * A court of two departments: 立案庭 (LAF: 张明, its head 陈庭) and 执行局 (ZXJ: 李华, its head 刘局); the office, a
 * court leader, and accounts for the heads and for 张明 himself.
 */
final class Court {

	static final Principal ADMIN = Principal.system("tester");
	static final String ZHANG = "30001";
	static final String LI = "30002";
	static final String CHEN = "30009";
	static final String LIU = "30010";

	static final Principal OFFICE = user("director", null, Role.OFFICE_DIRECTOR);
	static final Principal LEADER = user("leader", null, Role.COURT_LEADER);
	/** 陈庭, head of 立案庭, scoped to it. */
	static final Principal HEAD_LAF = user("chen", CHEN, Role.DEPARTMENT_HEAD, "LAF");
	/** 刘局, head of 执行局, scoped to it. */
	static final Principal HEAD_ZXJ = user("liu", LIU, Role.DEPARTMENT_HEAD, "ZXJ");
	/** 张明 of 立案庭, a staff member. */
	static final Principal ZHANG_HIMSELF = user("zhang", ZHANG, Role.STAFF, "LAF");

	private Court() {
	}

	static void create() {
		DirectoryService directory = Osgi.service(DirectoryService.class);
		directory.importDepartments(List.of(new Department("LAF", "立案庭", DepartmentKind.TRIAL, 10, true),
				new Department("ZXJ", "执行局", DepartmentKind.TRIAL, 20, true)), ADMIN);
		directory.importStaff(List.of(staff(ZHANG, "张明", "LAF"), staff(CHEN, "陈庭", "LAF"), staff(LI, "李华", "ZXJ"),
				staff(LIU, "刘局", "ZXJ")), ADMIN);
	}

	static Principal user(String name, String staffNo, Role role, String... departments) {
		DepartmentScope scope = departments.length == 0 ? DepartmentScope.ALL : DepartmentScope.of(Set.of(departments));
		return new Principal(name, name, staffNo, Set.of(role), scope);
	}

	/** Records an inspection of one department (and person, may be null) at the time, as the office. */
	static Inspection inspect(LocalDateTime at, InspectionMode mode, String department, String person) {
		return Osgi.service(InspectionService.class).record(Inspection.of(at, InspectionKind.ROUTINE, mode,
				InspectionSource.ON_SITE, InspectionSubject.DISCIPLINE, List.of(department),
				person == null ? List.of() : List.of(person), "检查考勤"), null, OFFICE);
	}

	/** Adds a finding about the department (and person) with the deadline, as the office. */
	static Finding find(Inspection inspection, String department, String person, LocalDate deadline) {
		return Osgi.service(InspectionService.class).addFinding(inspection.inspectionNo(),
				Finding.of(department, person, "上班时间脱岗", "严格考勤", deadline), OFFICE);
	}

	private static Staff staff(String no, String name, String department) {
		return new Staff(no, name, department, "审判员", LocalDate.of(2015, 7, 1), EmploymentStatus.ACTIVE);
	}
}
