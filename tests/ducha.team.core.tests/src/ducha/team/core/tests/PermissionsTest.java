package ducha.team.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.DepartmentScope;
import ducha.core.security.PermissionGrant;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.team.TeamPermissions;
import ducha.test.osgi.Osgi;

/** The plugin declares its permissions, and the roles hold what docs/team.md says they hold. */
class PermissionsTest {

	private final AuthorizationService authorization = Osgi.service(AuthorizationService.class);

	@Test
	void everyTeamPermissionIsDeclaredWithALabel() {
		var grants = authorization.grants().stream().filter(g -> g.permission().id().startsWith("team.")).toList();
		assertEquals(Set.of(TeamPermissions.MANAGE, TeamPermissions.READ, TeamPermissions.EVALUATE),
				grants.stream().map(g -> g.permission().id()).collect(Collectors.toSet()));
		for (PermissionGrant grant : grants) {
			assertFalse(grant.permission().label().isBlank(), grant.permission().id());
		}
	}

	@Test
	void theOfficeKeepsTheTeamItsDirectorEvaluatesAndStaffSeeNothing() {
		for (Role role : new Role[] { Role.ADMIN, Role.OFFICE_DIRECTOR, Role.FULL_TIME_SUPERVISOR }) {
			assertTrue(authorization.isPermitted(user(role), TeamPermissions.MANAGE), role.name());
		}
		for (Role role : new Role[] { Role.COURT_LEADER, Role.DEPARTMENT_HEAD, Role.POLITICAL_SUPERVISOR,
				Role.INTEGRITY_SUPERVISOR, Role.TRIAL_MANAGEMENT, Role.STAFF }) {
			assertFalse(authorization.isPermitted(user(role), TeamPermissions.MANAGE), role.name());
		}
		assertTrue(authorization.isPermitted(user(Role.OFFICE_DIRECTOR), TeamPermissions.EVALUATE));
		assertFalse(authorization.isPermitted(user(Role.FULL_TIME_SUPERVISOR), TeamPermissions.EVALUATE));
		assertTrue(authorization.isPermitted(user(Role.INTEGRITY_SUPERVISOR), TeamPermissions.READ));
		assertTrue(authorization.isPermitted(user(Role.DEPARTMENT_HEAD), TeamPermissions.READ));
		assertFalse(authorization.isPermitted(user(Role.STAFF), TeamPermissions.READ));
		assertFalse(authorization.isPermitted(user(Role.TRIAL_MANAGEMENT), TeamPermissions.READ));
	}

	@Test
	void appointmentsStayWithTheDirectorThroughThePlatformsPermission() {
		// appointing writes the platform's supervisor_assignment: supervisors.write, held by the director and admin
		// only; full-time supervisors keep groups, meetings and mentoring but do not appoint
		for (Role role : new Role[] { Role.ADMIN, Role.OFFICE_DIRECTOR }) {
			assertTrue(authorization.isPermitted(user(role), CorePermissions.SUPERVISORS_WRITE), role.name());
		}
		assertTrue(authorization.isPermitted(user(Role.FULL_TIME_SUPERVISOR), TeamPermissions.MANAGE));
		assertFalse(authorization.isPermitted(user(Role.FULL_TIME_SUPERVISOR), CorePermissions.SUPERVISORS_WRITE));
	}

	private static Principal user(Role role) {
		return new Principal(role.name().toLowerCase(), role.label(), "99999", Set.of(role), DepartmentScope.ALL);
	}
}
