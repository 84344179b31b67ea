package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import java.util.Map;
import java.util.Set;

import ducha.cli.DuchaCli;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

/**
 * The log-in of the in-process {@code ducha-cli}: an account of the tests with one role (created again after a
 * test emptied the accounts), given as DUCHA_USER and DUCHA_PASSWORD.
 */
final class StudyCliLogin {

	/** Shared by the accounts of the tests; it contains none of their names (the password policy refuses that). */
	private static final String PASSWORD = "Tq7-review-cli";

	private StudyCliLogin() {
	}

	static Map<String, String> as(String username, String staffNo, Role role) {
		UserService users = Osgi.service(UserService.class);
		if (users.user(username).isEmpty()) {
			users.addUser(new UserAccount(username, username, staffNo, Set.of(role), DepartmentScope.ALL, true),
					PASSWORD.toCharArray(), ReviewCourt.ADMIN);
			// the account replaces the password the administrator set, as ducha-cli asks at the first log-in
			users.changePassword(username, PASSWORD.toCharArray(),
					users.authenticate(username, PASSWORD.toCharArray()).orElseThrow());
		}
		return Map.of(DuchaCli.USER_VARIABLE, username, DuchaCli.PASSWORD_VARIABLE, PASSWORD);
	}
}
