package ducha.study.core.tests;

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

	private StudyCliLogin() {
	}

	static Map<String, String> as(String username, String staffNo, Role role) {
		String password = username + "-secret-1";
		UserService users = Osgi.service(UserService.class);
		if (users.user(username).isEmpty()) {
			users.addUser(new UserAccount(username, username, staffNo, Set.of(role), DepartmentScope.ALL, true),
					password.toCharArray(), ReviewCourt.ADMIN);
		}
		return Map.of(DuchaCli.USER_VARIABLE, username, DuchaCli.PASSWORD_VARIABLE, password);
	}
}
