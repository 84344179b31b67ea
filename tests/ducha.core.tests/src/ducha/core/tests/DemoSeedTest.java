package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import ducha.core.DuchaException;
import ducha.core.demo.DemoAccounts;
import ducha.core.demo.DemoReport;
import ducha.core.demo.DemoService;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.StaffQuery;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.core.spi.TileValue;

/** Seeds the demo court once (it takes a few seconds) and checks what it holds. */
class DemoSeedTest {

	private static final List<String> seederCalls = new ArrayList<>();
	private static ServiceRegistration<DemoSeeder> pluginSeeder;
	private static DemoReport report;

	private final DirectoryService directory = Osgi.service(DirectoryService.class);
	private final SupervisorService supervisors = Osgi.service(SupervisorService.class);
	private final UserService users = Osgi.service(UserService.class);

	@BeforeAll
	static void seed() {
		Osgi.resetCoreTables();
		pluginSeeder = Osgi.register(DemoSeeder.class, new DemoSeeder() {
			@Override
			public String id() {
				return "testplugin";
			}

			@Override
			public int order() {
				return 10;
			}

			@Override
			public void seed(DemoContext context) {
				seederCalls.add(context.staff().size() + " staff, today " + context.today());
				context.log("示例记录 3 条");
			}
		});
		DemoService demo = Osgi.service(DemoService.class);
		assertTrue(demo.isEmpty());
		report = demo.seed(Fixtures.ADMIN, new NullProgressMonitor());
	}

	@AfterAll
	static void removePluginSeeder() {
		pluginSeeder.unregister();
	}

	@Test
	void theCourtHasItsDepartmentsAndAboutOneHundredFiftyStaff() {
		List<String> names = directory.departments().stream().map(d -> d.name()).toList();
		assertTrue(names.containsAll(List.of("院领导", "办公室", "政治部（督察室）", "立案庭", "刑事审判庭", "民事审判第一庭",
				"民事审判第二庭", "行政审判庭", "审判监督庭", "执行局", "审判管理办公室", "司法警察大队", "城关人民法庭", "青山人民法庭")),
				names.toString());
		long staff = directory.staffCount();
		assertTrue(staff >= 140 && staff <= 160, "staff: " + staff);
		long serving = directory.staff(new StaffQuery(null, EmploymentStatus.ACTIVE, null), Fixtures.ADMIN).size();
		assertTrue(serving < staff, "a few staff are retired or seconded");
	}

	@Test
	void elevenPoliticalAndElevenIntegritySupervisorsServeInElevenDepartments() {
		LocalDate today = LocalDate.now();
		List<SupervisorAssignment> political = supervisors.heldOn(SupervisorRole.POLITICAL_SUPERVISOR, today);
		List<SupervisorAssignment> integrity = supervisors.heldOn(SupervisorRole.INTEGRITY_SUPERVISOR, today);
		assertEquals(11, political.size());
		assertEquals(11, integrity.size());
		assertEquals(11, Set.copyOf(political.stream().map(SupervisorAssignment::departmentCode).toList()).size());
		assertEquals(1, supervisors.heldOn(SupervisorRole.OFFICE_DIRECTOR, today).size());
		assertEquals(2, supervisors.heldOn(SupervisorRole.FULL_TIME_SUPERVISOR, today).size());
		assertEquals(Set.of("立案信访", "刑事行政", "民商事", "执行", "行政综合（含财务、项目建设）"),
				Set.copyOf(political.stream().map(SupervisorAssignment::groupName).toList()));
	}

	@Test
	void everyTermOfARoleIsListedPastOnesIncludedOldestFirst() {
		LocalDate today = LocalDate.now();
		List<SupervisorAssignment> integrity = supervisors.ofRole(SupervisorRole.INTEGRITY_SUPERVISOR);
		// the eleven serving now and the enforcement bureau's predecessor, whose term ended
		assertEquals(12, integrity.size());
		assertEquals(1, integrity.stream().filter(a -> !a.heldOn(today)).count());
		assertTrue(integrity.get(0).endDate() != null && integrity.get(0).endDate().isBefore(today));
		assertTrue(integrity.stream().allMatch(a -> a.role() == SupervisorRole.INTEGRITY_SUPERVISOR));
	}

	@Test
	void everyRoleHasADemoAccountThatLogsIn() {
		List<UserAccount> accounts = users.users();
		assertEquals(9, accounts.size());
		assertEquals(Set.of(Role.values()),
				Set.copyOf(accounts.stream().flatMap(a -> a.roles().stream()).toList()));
		for (String name : List.of(DemoAccounts.ADMIN, DemoAccounts.DEPARTMENT_HEAD, DemoAccounts.INTEGRITY)) {
			Principal p = users.authenticate(name, DemoAccounts.PASSWORD.toCharArray()).orElseThrow();
			assertTrue(directory.staff(p.staffNo()).isPresent(), name + " is linked to a staff record");
		}
	}

	@Test
	void theDemoAccountsAreKnownAsSuchUntilTheirPasswordChanges() {
		assertTrue(users.demoAccounts().containsAll(List.of(DemoAccounts.ADMIN, DemoAccounts.LEADER)),
				users.demoAccounts().toString());

		users.changePassword(DemoAccounts.LEADER, "Eigenes-Passwort-1".toCharArray(), Fixtures.ADMIN);

		assertFalse(users.demoAccounts().contains(DemoAccounts.LEADER), users.demoAccounts().toString());
		assertTrue(users.demoAccounts().contains(DemoAccounts.ADMIN));
	}

	@Test
	void theDepartmentHeadAndTheIntegritySupervisorAreScopedToTheirDepartment() {
		UserAccount head = users.user(DemoAccounts.DEPARTMENT_HEAD).orElseThrow();
		String department = directory.staff(head.staffNo()).orElseThrow().departmentCode();
		assertFalse(head.scope().all());
		assertEquals(Set.of(department), head.scope().departmentCodes());
		assertEquals(Set.of(department), users.user(DemoAccounts.INTEGRITY).orElseThrow().scope().departmentCodes());
		assertTrue(directory.staff(StaffQuery.ALL, head.toPrincipal()).stream()
				.allMatch(s -> s.departmentCode().equals(department)));
	}

	@Test
	void pluginSeedersRunAfterThePlatformWithItsStaff() {
		assertEquals(1, seederCalls.size());
		assertEquals(directory.staffCount() + " staff, today " + LocalDate.now(), seederCalls.get(0));
		assertEquals("testplugin：示例记录 3 条", report.lines().get(1));
	}

	@Test
	void aSecondSeedingIsRefused() {
		DemoService demo = Osgi.service(DemoService.class);
		assertFalse(demo.isEmpty());
		assertThrows(DuchaException.class, () -> demo.seed(Fixtures.ADMIN, new NullProgressMonitor()));
		assertThrows(AccessDeniedException.class,
				() -> demo.seed(Fixtures.user("director", Role.OFFICE_DIRECTOR), new NullProgressMonitor()));
	}

	@Test
	void theDashboardTilesCountWhatTheViewerMaySee() {
		DashboardTile staffTile = tile("core.staff");
		DashboardTile supervisorTile = tile("core.supervisors");
		long serving = directory.staff(new StaffQuery(null, EmploymentStatus.ACTIVE, null), Fixtures.ADMIN).size();

		TileValue all = staffTile.compute(Fixtures.ADMIN);
		assertEquals(String.valueOf(serving), all.value());
		assertEquals("分布在 14 个部门", all.caption());
		assertEquals("22", supervisorTile.compute(Fixtures.ADMIN).value());

		Principal head = users.user(DemoAccounts.DEPARTMENT_HEAD).orElseThrow().toPrincipal();
		String department = head.scope().departmentCodes().iterator().next();
		long own = directory.staff(new StaffQuery(department, EmploymentStatus.ACTIVE, null), Fixtures.ADMIN).size();
		assertEquals(String.valueOf(own), staffTile.compute(head).value());
		assertEquals("分布在 1 个部门", staffTile.compute(head).caption());
		assertEquals("政治督导员 1 人，廉政监察员 1 人", supervisorTile.compute(head).caption());
	}

	private static DashboardTile tile(String id) {
		try {
			return Osgi.context().getServiceReferences(DashboardTile.class, null).stream()
					.map(r -> Osgi.context().getService(r)).filter(t -> t.id().equals(id)).findFirst().orElseThrow();
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
