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
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.ProblemAnalysis;
import ducha.team.WorkMeeting;
import ducha.test.osgi.Osgi;

/**
 * The court of the meeting and mentoring tests: the office (政治部, ZZB: its director 周主任 and the full-time
 * supervisor 吴专), 立案庭 (LAF: political supervisor 郑政, integrity supervisor 王廉) and 执行局 (ZXJ: political
 * supervisor 冯政, integrity supervisor 陈廉, and 李新, a clerk without a role), all appointed two years ago.
 */
final class MeetingCourt {

	static final Principal ADMIN = Principal.system("tester");
	static final int LAST_YEAR = LocalDate.now().getYear() - 1;

	static final String DIRECTOR = "40001";
	static final String FULL_TIME = "40002";
	static final String POLITICAL_LAF = "40003";
	static final String INTEGRITY_LAF = "40004";
	static final String POLITICAL_ZXJ = "40005";
	static final String INTEGRITY_ZXJ = "40006";
	static final String CLERK = "40009";

	static final Principal OFFICE = user("director", DIRECTOR, Role.OFFICE_DIRECTOR);
	/** A department head: reads the meetings, changes nothing. */
	static final Principal HEAD = user("head", null, Role.DEPARTMENT_HEAD);
	/** A staff member: neither reads nor changes. */
	static final Principal STAFF = user("staff", CLERK, Role.STAFF);

	private MeetingCourt() {
	}

	static void create() {
		TeamTables.reset();
		DirectoryService directory = Osgi.service(DirectoryService.class);
		directory.importDepartments(List.of(new Department("ZZB", "政治部", DepartmentKind.ADMINISTRATIVE, 5, true),
				new Department("LAF", "立案庭", DepartmentKind.TRIAL, 10, true),
				new Department("ZXJ", "执行局", DepartmentKind.ENFORCEMENT, 20, true)), ADMIN);
		directory.importStaff(List.of(staff(DIRECTOR, "周主任", "ZZB"), staff(FULL_TIME, "吴专", "ZZB"),
				staff(POLITICAL_LAF, "郑政", "LAF"), staff(INTEGRITY_LAF, "王廉", "LAF"),
				staff(POLITICAL_ZXJ, "冯政", "ZXJ"), staff(INTEGRITY_ZXJ, "陈廉", "ZXJ"), staff(CLERK, "李新", "ZXJ")),
				ADMIN);
		SupervisorService supervisors = Osgi.service(SupervisorService.class);
		LocalDate appointed = LocalDate.now().minusYears(2);
		supervisors.assign(role(DIRECTOR, SupervisorRole.OFFICE_DIRECTOR, null, appointed), ADMIN);
		supervisors.assign(role(FULL_TIME, SupervisorRole.FULL_TIME_SUPERVISOR, null, appointed), ADMIN);
		supervisors.assign(role(POLITICAL_LAF, SupervisorRole.POLITICAL_SUPERVISOR, "LAF", appointed), ADMIN);
		supervisors.assign(role(INTEGRITY_LAF, SupervisorRole.INTEGRITY_SUPERVISOR, "LAF", appointed), ADMIN);
		supervisors.assign(role(POLITICAL_ZXJ, SupervisorRole.POLITICAL_SUPERVISOR, "ZXJ", appointed), ADMIN);
		supervisors.assign(role(INTEGRITY_ZXJ, SupervisorRole.INTEGRITY_SUPERVISOR, "ZXJ", appointed), ADMIN);
	}

	static Principal user(String name, String staffNo, Role role) {
		return new Principal(name, name, staffNo, Set.of(role), DepartmentScope.ALL);
	}

	/** A monthly meeting of the day chaired by the director, everyone with a role attending, as the office. */
	static WorkMeeting meeting(LocalDate day) {
		return Osgi.service(MeetingService.class).save(WorkMeeting.of(day, WorkMeeting.MONTHLY, DIRECTOR,
				List.of(DIRECTOR, FULL_TIME, POLITICAL_LAF, INTEGRITY_LAF, POLITICAL_ZXJ, INTEGRITY_ZXJ),
				"通报上月督察情况"), OFFICE);
	}

	/** A problem raised at the meeting of the day by a political supervisor about the department. */
	static MeetingProblem raise(LocalDate meeting, String description, String department) {
		return Osgi.service(MeetingService.class).raise(MeetingProblem.raise(meeting,
				department.equals("LAF") ? POLITICAL_LAF : POLITICAL_ZXJ, description, department), OFFICE);
	}

	/** Analyses the problem on the day, its department's integrity supervisor owning it, due 30 days later. */
	static MeetingProblem analyse(MeetingProblem p, LocalDate on) {
		return Osgi.service(MeetingService.class).analyse(p.problemNo(), p.version(), new ProblemAnalysis("原因分析：" + p.description(),
				on, "整改措施：" + p.description(), p.departmentCode().equals("LAF") ? INTEGRITY_LAF : INTEGRITY_ZXJ,
				on.plusDays(30)), OFFICE);
	}

	static MeetingProblem resolve(MeetingProblem p, LocalDate on) {
		return Osgi.service(MeetingService.class).resolve(p.problemNo(), p.version(), on, "已整改到位", OFFICE);
	}

	private static SupervisorAssignment role(String staffNo, SupervisorRole role, String department, LocalDate from) {
		return new SupervisorAssignment(0, staffNo, role, department, null, from, null);
	}

	private static Staff staff(String no, String name, String department) {
		return new Staff(no, name, department, "审判员", LocalDate.of(2015, 7, 1), EmploymentStatus.ACTIVE);
	}
}
