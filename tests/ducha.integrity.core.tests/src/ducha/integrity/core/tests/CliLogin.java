package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import java.util.Map;
import java.util.Set;

import ducha.cli.DuchaCli;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

/**
 * The log-in of the in-process {@code ducha-cli}: an administrator account of the tests (created again after a
 * test emptied the accounts), given as DUCHA_USER and DUCHA_PASSWORD.
 */
final class CliLogin {

	private static final String OPERATOR = "cli-operator";
	private static final String PASSWORD = "Zeilen-Kennwort-1";

	private CliLogin() {
	}

	static Map<String, String> administrator() {
		UserService users = Osgi.service(UserService.class);
		if (users.user(OPERATOR).isEmpty()) {
			users.addUser(new UserAccount(OPERATOR, "命令行测试管理员", null, Set.of(Role.ADMIN), DepartmentScope.ALL, true),
					PASSWORD.toCharArray(), Court.ADMIN);
			// the operator replaces the password the administrator set, as ducha-cli asks at the first log-in
			users.changePassword(OPERATOR, PASSWORD.toCharArray(),
					users.authenticate(OPERATOR, PASSWORD.toCharArray()).orElseThrow());
		}
		return Map.of(DuchaCli.USER_VARIABLE, OPERATOR, DuchaCli.PASSWORD_VARIABLE, PASSWORD);
	}
}
