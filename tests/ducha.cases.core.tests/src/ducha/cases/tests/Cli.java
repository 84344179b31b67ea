package ducha.cases.tests;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;

import ducha.cli.DuchaCli;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

/** Runs {@code ducha-cli} in-process, logged in through DUCHA_USER/DUCHA_PASSWORD, and captures what it prints. */
final class Cli {

	/** An administrator account of the tests; created again after a test emptied the accounts. */
	private static final String OPERATOR = "cli-operator";
	private static final String OPERATOR_PASSWORD = "Zeilen-Kennwort-1";

	record Result(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
		}
	}

	private Cli() {
	}

	/** As an administrator. */
	static Result run(String... args) {
		UserService users = Osgi.service(UserService.class);
		if (users.user(OPERATOR).isEmpty()) {
			users.addUser(new UserAccount(OPERATOR, "命令行测试管理员", null, Set.of(Role.ADMIN), DepartmentScope.ALL, true),
					OPERATOR_PASSWORD.toCharArray(), Osgi.ADMIN);
			// the operator replaces the password the administrator set, as ducha-cli asks at the first log-in
			users.changePassword(OPERATOR, OPERATOR_PASSWORD.toCharArray(),
					users.authenticate(OPERATOR, OPERATOR_PASSWORD.toCharArray()).orElseThrow());
		}
		return as(OPERATOR, OPERATOR_PASSWORD, args);
	}

	/** As the given account. */
	static Result as(String user, String password, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Map<String, String> login = Map.of(DuchaCli.USER_VARIABLE, user, DuchaCli.PASSWORD_VARIABLE, password);
		int exit = new DuchaCli(new ByteArrayInputStream(new byte[0]), login).run(args, new PrintWriter(out),
				new PrintWriter(err));
		return new Result(exit, out.toString(), err.toString());
	}
}
