package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import java.time.LocalDate;
import java.time.YearMonth;
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
import ducha.study.ReviewAssignment;
import ducha.study.ReviewService;

/**
 * A court of three departments for the monthly reviews, each with two staff and its political supervisor:
 * 民一庭 (MS1: 李明, 王芳, supervisor 周政), 刑庭 (XST: 赵强, 孙丽, supervisor 吴督), 行政庭 (XZT: 钱进, supervisor 郑导,
 * whose role ended last year). 郑导 reviews nothing this year.
 */
final class ReviewCourt {

	static final Principal ADMIN = Principal.system("tester");
	static final String LI = "20001";
	static final String WANG = "20002";
	static final String ZHAO = "20003";
	static final String SUN = "20004";
	static final String QIAN = "20005";
	/** Political supervisor of MS1. */
	static final String ZHOU = "20010";
	/** Political supervisor of XST. */
	static final String WU = "20011";
	/** Political supervisor of XZT until the end of last year. */
	static final String ZHENG = "20012";

	/** The office (督察室主任), every department. */
	static final Principal OFFICE = user("director", null, Role.OFFICE_DIRECTOR);

	private ReviewCourt() {
	}

	static void create() {
		DirectoryService directory = Osgi.service(DirectoryService.class);
		directory.importDepartments(List.of(new Department("MS1", "民事审判第一庭", DepartmentKind.TRIAL, 10, true),
				new Department("XST", "刑事审判庭", DepartmentKind.TRIAL, 20, true),
				new Department("XZT", "行政审判庭", DepartmentKind.TRIAL, 30, true)), ADMIN);
		directory.importStaff(List.of(staff(LI, "李明", "MS1"), staff(WANG, "王芳", "MS1"), staff(ZHOU, "周政", "MS1"),
				staff(ZHAO, "赵强", "XST"), staff(SUN, "孙丽", "XST"), staff(WU, "吴督", "XST"), staff(QIAN, "钱进", "XZT"),
				staff(ZHENG, "郑导", "XZT")), ADMIN);
		SupervisorService supervisors = Osgi.service(SupervisorService.class);
		LocalDate appointed = LocalDate.of(2020, 1, 1);
		supervisors.assign(new SupervisorAssignment(0, ZHOU, SupervisorRole.POLITICAL_SUPERVISOR, "MS1", null,
				appointed, null), ADMIN);
		supervisors.assign(new SupervisorAssignment(0, WU, SupervisorRole.POLITICAL_SUPERVISOR, "XST", null,
				appointed, null), ADMIN);
		supervisors.assign(new SupervisorAssignment(0, ZHENG, SupervisorRole.POLITICAL_SUPERVISOR, "XZT", null,
				appointed, LocalDate.of(LocalDate.now().getYear() - 1, 12, 31)), ADMIN);
	}

	/** Stores the month's assignment: 周政 reviews 刑庭, 吴督 reviews 民一庭. */
	static void assign(YearMonth month) {
		Osgi.service(ReviewService.class).saveAssignments(month, List.of(ReviewAssignment.of(month, ZHOU, "XST"),
				ReviewAssignment.of(month, WU, "MS1")), OFFICE);
	}

	/** A user with one role; departments empty = every department. */
	static Principal user(String name, String staffNo, Role role, String... departments) {
		DepartmentScope scope = departments.length == 0 ? DepartmentScope.ALL : DepartmentScope.of(Set.of(departments));
		return new Principal(name, name, staffNo, Set.of(role), scope);
	}

	/** 周政, political supervisor of MS1, scoped to his own department. */
	static Principal zhou() {
		return user("zhou", ZHOU, Role.POLITICAL_SUPERVISOR, "MS1");
	}

	/** 吴督, political supervisor of XST, scoped to his own department. */
	static Principal wu() {
		return user("wu", WU, Role.POLITICAL_SUPERVISOR, "XST");
	}

	private static Staff staff(String no, String name, String department) {
		return new Staff(no, name, department, "审判员", LocalDate.of(2015, 7, 1), EmploymentStatus.ACTIVE);
	}
}
