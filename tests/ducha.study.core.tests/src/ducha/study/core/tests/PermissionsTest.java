package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import ducha.core.security.AuthorizationService;
import ducha.core.security.PermissionGrant;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.study.StudyPermissions;

/** The plugin declares its permissions, and the roles hold what docs/study.md says they hold. */
class PermissionsTest {

	private final AuthorizationService authorization = Osgi.service(AuthorizationService.class);

	@Test
	void everyStudyPermissionIsDeclaredWithALabel() {
		Set<String> declared = Set.of(StudyPermissions.RECORDS_READ, StudyPermissions.RECORDS_WRITE,
				StudyPermissions.REVIEWS_ASSIGN, StudyPermissions.REVIEWS_READ_ALL, StudyPermissions.REVIEWS_WRITE,
				StudyPermissions.TESTS_MANAGE, StudyPermissions.SCORES_READ_ALL,
				StudyPermissions.SCORES_READ_DEPARTMENT);
		var grants = authorization.grants().stream().filter(g -> g.permission().id().startsWith("study."))
				.toList();
		assertEquals(declared, grants.stream().map(g -> g.permission().id())
				.collect(java.util.stream.Collectors.toSet()));
		for (PermissionGrant grant : grants) {
			assertFalse(grant.permission().label().isBlank(), grant.permission().id());
		}
	}

	@Test
	void staffManageNothingAndTheOfficeManagesTestsAndAssignments() {
		Principal staff = user(Role.STAFF);
		Principal director = user(Role.OFFICE_DIRECTOR);
		Principal political = user(Role.POLITICAL_SUPERVISOR);

		for (String permission : new String[] { StudyPermissions.RECORDS_WRITE, StudyPermissions.REVIEWS_ASSIGN,
				StudyPermissions.REVIEWS_WRITE, StudyPermissions.TESTS_MANAGE, StudyPermissions.SCORES_READ_ALL }) {
			assertFalse(authorization.isPermitted(staff, permission), permission);
			assertTrue(authorization.isPermitted(director, permission), permission);
		}
		assertTrue(authorization.isPermitted(political, StudyPermissions.REVIEWS_WRITE));
		assertFalse(authorization.isPermitted(political, StudyPermissions.REVIEWS_ASSIGN));
		assertFalse(authorization.isPermitted(political, StudyPermissions.SCORES_READ_ALL));
	}

	private static Principal user(Role role) {
		return new Principal(role.name().toLowerCase(), role.label(), "99999", Set.of(role),
				ducha.core.security.DepartmentScope.ALL);
	}
}
