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
 * The log-in of the in-process {@code ducha-cli}: an account of the tests with one role (created again after a test
 * emptied the accounts), given as DUCHA_USER and DUCHA_PASSWORD; the password follows the policy (it contains no
 * account's name and is changed by the account itself).
 */
final class EvaluationCliLogin {

	private static final String PASSWORD = "Tq7-archive-cli";

	private EvaluationCliLogin() {
	}

	static Map<String, String> as(String username, String staffNo, Role role) {
		UserService users = Osgi.service(UserService.class);
		if (users.user(username).isEmpty()) {
			users.addUser(new UserAccount(username, username, staffNo, Set.of(role), DepartmentScope.ALL, true),
					PASSWORD.toCharArray(), EvaluationCourt.ADMIN);
			users.changePassword(username, PASSWORD.toCharArray(),
					users.authenticate(username, PASSWORD.toCharArray()).orElseThrow());
		}
		return Map.of(DuchaCli.USER_VARIABLE, username, DuchaCli.PASSWORD_VARIABLE, PASSWORD);
	}
}
