package ducha.core.internal.demo;

import static ducha.core.directory.DepartmentKind.ADMINISTRATIVE;
import static ducha.core.directory.DepartmentKind.ENFORCEMENT;
import static ducha.core.directory.DepartmentKind.JUDICIAL_ADMIN;
import static ducha.core.directory.DepartmentKind.LEADERSHIP;
import static ducha.core.directory.DepartmentKind.TRIAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import ducha.core.demo.DemoAccounts;
import ducha.core.directory.Department;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;

/**
 * The demo court as data: a basic-level district court with its departments, about 150 staff, the supervisors
 * of the "1+2+N" model and one account per role. Built from a seeded random source, so every run is alike.
 */
final class DemoCourt {

	static final String GROUP_FILING = "立案信访";
	static final String GROUP_CRIMINAL = "刑事行政";
	static final String GROUP_CIVIL = "民商事";
	static final String GROUP_ENFORCEMENT = "执行";
	static final String GROUP_GENERAL = "行政综合（含财务、项目建设）";

	static final List<DemoDepartment> DEPARTMENTS = List.of(
			DemoDepartment.of("YLD", "院领导", LEADERSHIP, null, "院长", 1, "副院长", 3, "纪检组长", 1),
			DemoDepartment.of("BGS", "办公室", ADMINISTRATIVE, GROUP_GENERAL, "主任", 1, "副主任", 1, "科员", 7),
			DemoDepartment.of("ZZB", "政治部（督察室）", ADMINISTRATIVE, null, "主任", 1, "副主任", 1, "专职督察员", 2, "科员",
					3),
			DemoDepartment.of("LAT", "立案庭", TRIAL, GROUP_FILING, "庭长", 1, "副庭长", 1, "审判员", 3, "法官助理", 3, "书记员",
					4),
			DemoDepartment.of("XST", "刑事审判庭", TRIAL, GROUP_CRIMINAL, "庭长", 1, "副庭长", 1, "审判员", 4, "法官助理", 4,
					"书记员", 5),
			DemoDepartment.of("MS1", "民事审判第一庭", TRIAL, GROUP_CIVIL, "庭长", 1, "副庭长", 1, "审判员", 5, "法官助理", 5,
					"书记员", 6),
			DemoDepartment.of("MS2", "民事审判第二庭", TRIAL, GROUP_CIVIL, "庭长", 1, "副庭长", 1, "审判员", 5, "法官助理", 4,
					"书记员", 5),
			DemoDepartment.of("XZT", "行政审判庭", TRIAL, GROUP_CRIMINAL, "庭长", 1, "副庭长", 1, "审判员", 2, "法官助理", 2,
					"书记员", 2),
			DemoDepartment.of("SJT", "审判监督庭", TRIAL, GROUP_FILING, "庭长", 1, "审判员", 2, "法官助理", 2, "书记员", 2),
			DemoDepartment.of("ZXJ", "执行局", ENFORCEMENT, GROUP_ENFORCEMENT, "局长", 1, "副局长", 2, "执行员", 8, "法官助理",
					3, "书记员", 5),
			DemoDepartment.of("SGB", "审判管理办公室", JUDICIAL_ADMIN, null, "主任", 1, "副主任", 1, "科员", 3),
			DemoDepartment.of("FJD", "司法警察大队", ADMINISTRATIVE, GROUP_ENFORCEMENT, "大队长", 1, "副大队长", 1, "法警", 10),
			DemoDepartment.of("CGFT", "城关人民法庭", TRIAL, GROUP_CIVIL, "庭长", 1, "审判员", 2, "法官助理", 2, "书记员", 3),
			DemoDepartment.of("QSFT", "青山人民法庭", TRIAL, GROUP_CIVIL, "庭长", 1, "审判员", 2, "法官助理", 2, "书记员", 2));

	/** The department whose head, supervisors and clerk get the department-scoped demo accounts. */
	static final String ACCOUNT_DEPARTMENT = "MS1";

	private static final Set<String> SENIOR = Set.of("院长", "副院长", "纪检组长", "庭长", "局长", "大队长", "主任");
	private static final Set<String> RANK_AND_FILE = Set.of("审判员", "执行员", "科员", "法警");

	final List<Department> departments = new ArrayList<>();
	final List<Staff> staff = new ArrayList<>();
	final List<SupervisorAssignment> assignments = new ArrayList<>();
	final List<UserAccount> accounts = new ArrayList<>();

	private final Random random;
	private final LocalDate today;
	private final Map<String, List<Staff>> byDepartment = new LinkedHashMap<>();
	private final Set<String> reserved = new HashSet<>();

	DemoCourt(Random random, LocalDate today) {
		this.random = random;
		this.today = today;
		buildDirectory();
		buildSupervisors();
		buildAccounts();
		markLeavers();
	}

	private void buildDirectory() {
		ChineseNames names = new ChineseNames(random);
		int number = 10001;
		for (int i = 0; i < DEPARTMENTS.size(); i++) {
			DemoDepartment d = DEPARTMENTS.get(i);
			departments.add(new Department(d.code(), d.name(), d.kind(), (i + 1) * 10, true));
			List<Staff> members = new ArrayList<>();
			for (String post : d.posts()) {
				Staff s = new Staff(String.valueOf(number++), names.next(), d.code(), post, hireDate(post),
						EmploymentStatus.ACTIVE);
				members.add(s);
			}
			byDepartment.put(d.code(), members);
		}
		byDepartment.values().forEach(staff::addAll);
	}

	/** Seniors joined long ago, clerks recently. */
	private LocalDate hireDate(String post) {
		int minYears;
		int maxYears;
		if (SENIOR.contains(post)) {
			minYears = 15;
			maxYears = 30;
		} else if (post.startsWith("副") || post.equals("专职督察员")) {
			minYears = 10;
			maxYears = 24;
		} else if (post.equals("审判员") || post.equals("执行员")) {
			minYears = 5;
			maxYears = 20;
		} else if (post.equals("法官助理")) {
			minYears = 1;
			maxYears = 9;
		} else if (post.equals("书记员")) {
			minYears = 0;
			maxYears = 7;
		} else {
			minYears = 1;
			maxYears = 20;
		}
		int days = minYears * 365 + 30 + random.nextInt((maxYears - minYears) * 365 + 1);
		return today.minusDays(days);
	}

	private void buildSupervisors() {
		LocalDate appointed = LocalDate.of(today.getYear() - 1, 3, 1);
		Staff director = head("ZZB");
		assign(director, SupervisorRole.OFFICE_DIRECTOR, null, null, appointed);
		for (Staff s : members("ZZB", post("专职督察员"))) {
			assign(s, SupervisorRole.FULL_TIME_SUPERVISOR, null, null, appointed);
		}
		for (DemoDepartment d : DEPARTMENTS) {
			if (!d.supervised()) {
				continue;
			}
			List<Staff> deputies = members(d.code(), s -> s.position().startsWith("副"));
			Staff political = deputies.isEmpty() ? members(d.code(), rankAndFile()).get(0) : deputies.get(0);
			assign(political, SupervisorRole.POLITICAL_SUPERVISOR, d.code(), d.group(), appointed);
			List<Staff> candidates = members(d.code(), rankAndFile().and(s -> !reserved.contains(s.staffNo())));
			assign(candidates.get(0), SupervisorRole.INTEGRITY_SUPERVISOR, d.code(), d.group(), appointed);
		}
		// history: the enforcement bureau's previous integrity supervisor served the term before
		Staff predecessor = members("ZXJ", rankAndFile().and(s -> !reserved.contains(s.staffNo()))).get(0);
		assignments.add(new SupervisorAssignment(0, predecessor.staffNo(), SupervisorRole.INTEGRITY_SUPERVISOR, "ZXJ",
				GROUP_ENFORCEMENT, appointed.minusYears(2), appointed.minusDays(1)));
		reserved.add(predecessor.staffNo());
	}

	private void assign(Staff s, SupervisorRole role, String department, String group, LocalDate from) {
		assignments.add(new SupervisorAssignment(0, s.staffNo(), role, department, group, from, null));
		reserved.add(s.staffNo());
	}

	private void buildAccounts() {
		Staff admin = members("BGS", post("科员")).get(0);
		account(DemoAccounts.ADMIN, admin, Role.ADMIN, DepartmentScope.ALL);
		account(DemoAccounts.DIRECTOR, head("ZZB"), Role.OFFICE_DIRECTOR, DepartmentScope.ALL);
		account(DemoAccounts.SUPERVISOR, members("ZZB", post("专职督察员")).get(0), Role.FULL_TIME_SUPERVISOR,
				DepartmentScope.ALL);
		account(DemoAccounts.POLITICAL, supervisor(SupervisorRole.POLITICAL_SUPERVISOR, ACCOUNT_DEPARTMENT),
				Role.POLITICAL_SUPERVISOR, DepartmentScope.ALL);
		DepartmentScope own = DepartmentScope.of(Set.of(ACCOUNT_DEPARTMENT));
		account(DemoAccounts.INTEGRITY, supervisor(SupervisorRole.INTEGRITY_SUPERVISOR, ACCOUNT_DEPARTMENT),
				Role.INTEGRITY_SUPERVISOR, own);
		account(DemoAccounts.LEADER, members("YLD", post("副院长")).get(0), Role.COURT_LEADER, DepartmentScope.ALL);
		account(DemoAccounts.DEPARTMENT_HEAD, head(ACCOUNT_DEPARTMENT), Role.DEPARTMENT_HEAD, own);
		account(DemoAccounts.TRIAL_MANAGEMENT, head("SGB"), Role.TRIAL_MANAGEMENT, DepartmentScope.ALL);
		Staff clerk = members(ACCOUNT_DEPARTMENT, post("书记员")).get(0);
		account(DemoAccounts.STAFF, clerk, Role.STAFF, own);
	}

	private void account(String username, Staff s, Role role, DepartmentScope scope) {
		accounts.add(new UserAccount(username, s.name(), s.staffNo(), Set.of(role), scope, true));
		reserved.add(s.staffNo());
	}

	/** A few staff no longer serving: two retired, two seconded, one moved away. */
	private void markLeavers() {
		List<EmploymentStatus> leavers = List.of(EmploymentStatus.RETIRED, EmploymentStatus.RETIRED,
				EmploymentStatus.SECONDED, EmploymentStatus.SECONDED, EmploymentStatus.LEFT);
		for (EmploymentStatus status : leavers) {
			int index;
			do {
				index = random.nextInt(staff.size());
			} while (reserved.contains(staff.get(index).staffNo())
					|| !RANK_AND_FILE.contains(staff.get(index).position()));
			Staff s = staff.get(index);
			staff.set(index, new Staff(s.staffNo(), s.name(), s.departmentCode(), s.position(), s.hireDate(), status));
			reserved.add(s.staffNo());
		}
	}

	private Staff head(String department) {
		return byDepartment.get(department).get(0);
	}

	private List<Staff> members(String department, Predicate<Staff> filter) {
		return byDepartment.get(department).stream().filter(filter).toList();
	}

	private Staff supervisor(SupervisorRole role, String department) {
		String staffNo = assignments.stream()
				.filter(a -> a.role() == role && department.equals(a.departmentCode()) && a.endDate() == null)
				.findFirst().orElseThrow().staffNo();
		return byDepartment.get(department).stream().filter(s -> s.staffNo().equals(staffNo)).findFirst()
				.orElseThrow();
	}

	private static Predicate<Staff> post(String post) {
		return s -> post.equals(s.position());
	}

	private static Predicate<Staff> rankAndFile() {
		return s -> RANK_AND_FILE.contains(s.position());
	}
}
