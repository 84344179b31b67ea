package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ducha.core.security.AuthorizationService;
import ducha.core.security.DepartmentScope;
import ducha.core.security.PermissionGrant;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.inspections.InspectionPermissions;

/** The plugin declares its permissions, and the roles hold what docs/inspections.md says they hold. */
class PermissionsTest {

	private final AuthorizationService authorization = Osgi.service(AuthorizationService.class);

	@Test
	void everyInspectionsPermissionIsDeclaredWithALabel() {
		var grants = authorization.grants().stream().filter(g -> g.permission().id().startsWith("inspections."))
				.toList();
		assertEquals(Set.of(InspectionPermissions.MANAGE, InspectionPermissions.READ, InspectionPermissions.RECTIFY),
				grants.stream().map(g -> g.permission().id()).collect(Collectors.toSet()));
		for (PermissionGrant grant : grants) {
			assertFalse(grant.permission().label().isBlank(), grant.permission().id());
		}
	}

	@Test
	void onlyTheOfficeManagesAndStaffReadNothing() {
		for (Role role : new Role[] { Role.ADMIN, Role.OFFICE_DIRECTOR, Role.FULL_TIME_SUPERVISOR }) {
			assertTrue(authorization.isPermitted(user(role), InspectionPermissions.MANAGE), role.name());
		}
		for (Role role : new Role[] { Role.COURT_LEADER, Role.DEPARTMENT_HEAD, Role.POLITICAL_SUPERVISOR,
				Role.INTEGRITY_SUPERVISOR, Role.TRIAL_MANAGEMENT, Role.STAFF }) {
			assertFalse(authorization.isPermitted(user(role), InspectionPermissions.MANAGE), role.name());
		}
		assertTrue(authorization.isPermitted(user(Role.DEPARTMENT_HEAD), InspectionPermissions.READ));
		assertTrue(authorization.isPermitted(user(Role.DEPARTMENT_HEAD), InspectionPermissions.RECTIFY));
		assertTrue(authorization.isPermitted(user(Role.COURT_LEADER), InspectionPermissions.READ));
		assertFalse(authorization.isPermitted(user(Role.COURT_LEADER), InspectionPermissions.RECTIFY));
		assertFalse(authorization.isPermitted(user(Role.STAFF), InspectionPermissions.READ));
		assertFalse(authorization.isPermitted(user(Role.STAFF), InspectionPermissions.RECTIFY));
	}

	private static Principal user(Role role) {
		return new Principal(role.name().toLowerCase(), role.label(), "99999", Set.of(role), DepartmentScope.ALL);
	}
}
