package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Permission;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.core.security.Principal;
import ducha.core.security.Role;

class AuthorizationTest {

	private final AuthorizationService authorization = Osgi.service(AuthorizationService.class);
	private final DirectoryService directory = Osgi.service(DirectoryService.class);

	@BeforeEach
	void twoDepartments() {
		Osgi.resetCoreTables();
		Fixtures.twoDepartments(directory);
	}

	@Test
	void thePlatformDeclaresItsPermissions() {
		Set<String> declared = Set.copyOf(authorization.grants().stream().map(g -> g.permission().id()).toList());
		assertTrue(declared.containsAll(Set.of(CorePermissions.STAFF_READ, CorePermissions.STAFF_WRITE,
				CorePermissions.SUPERVISORS_WRITE, CorePermissions.USERS_ADMIN, CorePermissions.AUDIT_READ,
				CorePermissions.DB_ADMIN, CorePermissions.DEMO_SEED)), declared.toString());
	}

	@Test
	void administratorsHoldTheAdminRightsAndStaffDoNot() {
		Principal admin = Fixtures.user("admin", Role.ADMIN);
		Principal clerk = Fixtures.user("clerk", Role.STAFF, "MS1");
		for (String adminOnly : List.of(CorePermissions.USERS_ADMIN, CorePermissions.DB_ADMIN,
				CorePermissions.DEMO_SEED)) {
			assertTrue(authorization.isPermitted(admin, adminOnly), adminOnly);
			assertFalse(authorization.isPermitted(clerk, adminOnly), adminOnly);
			assertFalse(authorization.isPermitted(Fixtures.user("director", Role.OFFICE_DIRECTOR), adminOnly));
		}
		assertTrue(authorization.isPermitted(Fixtures.user("director", Role.OFFICE_DIRECTOR),
				CorePermissions.STAFF_WRITE));
		AccessDeniedException e = assertThrows(AccessDeniedException.class,
				() -> authorization.check(clerk, CorePermissions.STAFF_WRITE));
		// the refusal names what is missing: in the user's words in the message, by id for administrators' tools
		assertEquals(CorePermissions.STAFF_WRITE, e.permissionId());
		assertTrue(e.getMessage().contains(authorization.label(CorePermissions.STAFF_WRITE)), e.getMessage());
		assertFalse(e.getMessage().contains(CorePermissions.STAFF_WRITE), "no permission id for users: " + e.getMessage());
	}

	@Test
	void aPermissionNoPluginDeclaresNeverShowsItsIdToTheUser() {
		Principal clerk = Fixtures.user("clerk", Role.STAFF, "MS1");
		AccessDeniedException e = assertThrows(AccessDeniedException.class,
				() -> authorization.check(clerk, "removed.plugin.permission"));
		assertEquals("removed.plugin.permission", e.permissionId());
		assertFalse(e.getMessage().contains("removed.plugin"), e.getMessage());
		assertFalse(authorization.label("removed.plugin.permission").contains("removed"));
	}

	@Test
	void aPluginsPermissionsComeAndGoWithItsProvider() {
		Principal director = Fixtures.user("director", Role.OFFICE_DIRECTOR);
		PermissionProvider plugin = () -> List.of(new PermissionGrant(new Permission("cases.mark", "标记四类案件"),
				Set.of(Role.OFFICE_DIRECTOR)));
		assertFalse(authorization.isPermitted(director, "cases.mark"));
		ServiceRegistration<PermissionProvider> registration = Osgi.register(PermissionProvider.class, plugin);
		try {
			assertTrue(authorization.isPermitted(director, "cases.mark"));
		} finally {
			registration.unregister();
		}
		assertFalse(authorization.isPermitted(director, "cases.mark"));
	}

	@Test
	void aDepartmentHeadSeesOnlyTheirOwnDepartmentsStaff() {
		Principal head = Fixtures.user("head", Role.DEPARTMENT_HEAD, "MS1");
		assertTrue(authorization.canSeeDepartment(head, "MS1"));
		assertFalse(authorization.canSeeDepartment(head, "XST"));

		List<String> seen = directory.staff(StaffQuery.ALL, head).stream().map(Staff::staffNo).toList();
		assertEquals(List.of("20001", "20002"), seen);
		assertEquals(List.of(), directory.staff(new StaffQuery("XST", null, null), head));
		assertEquals(3, directory.staff(StaffQuery.ALL, Fixtures.user("leader", Role.COURT_LEADER)).size());
	}

	@Test
	void writingOutsideTheScopeIsDeniedEvenWithTheWritePermission() {
		Principal scopedDirector = Fixtures.user("director", Role.OFFICE_DIRECTOR, "MS1");
		assertThrows(AccessDeniedException.class,
				() -> directory.saveStaff(Fixtures.staff("20003", "赵强", "MS1"), scopedDirector),
				"moving someone out of a department the actor cannot see");
		assertEquals("XST", directory.staff("20003").orElseThrow().departmentCode());
	}

	@Test
	void staffWithoutTheReadPermissionCannotListTheDirectory() {
		assertThrows(AccessDeniedException.class,
				() -> directory.staff(StaffQuery.ALL, Fixtures.user("clerk", Role.STAFF, "MS1")));
	}
}
