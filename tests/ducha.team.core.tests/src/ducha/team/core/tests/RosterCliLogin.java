package ducha.team.core.tests;

import java.util.Map;
import java.util.Set;

import ducha.cli.DuchaCli;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.test.osgi.Osgi;

/**
 * The log-in of the in-process {@code ducha-cli} for the roster's commands: an account with one role (created again
 * after a test emptied the accounts), given as DUCHA_USER and DUCHA_PASSWORD.
 */
final class RosterCliLogin {

	/** Shared by the accounts of these tests; it contains none of their names (the password policy refuses that). */
	private static final String PASSWORD = "Qz7-roster-cli";

	private RosterCliLogin() {
	}

	/** The account, with {@code departments} as its scope (none: every department). */
	static Map<String, String> as(String username, Role role, String... departments) {
		UserService users = Osgi.service(UserService.class);
		if (users.user(username).isEmpty()) {
			DepartmentScope scope = departments.length == 0 ? DepartmentScope.ALL
					: DepartmentScope.of(Set.of(departments));
			users.addUser(new UserAccount(username, username, null, Set.of(role), scope, true),
					PASSWORD.toCharArray(), RosterCourt.ADMIN);
			// the account replaces the password the administrator set, as ducha-cli asks at the first log-in
			users.changePassword(username, PASSWORD.toCharArray(),
					users.authenticate(username, PASSWORD.toCharArray()).orElseThrow());
		}
		return Map.of(DuchaCli.USER_VARIABLE, username, DuchaCli.PASSWORD_VARIABLE, PASSWORD);
	}
}
