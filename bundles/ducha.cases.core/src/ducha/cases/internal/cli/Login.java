package ducha.cases.internal.cli;

import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.UserService;
import picocli.CommandLine.Option;

/**
 * Who runs a cases command. Without {@code --user} it is the operator of the command line on the database host
 * ({@code cli:<OS user>}, administrator, all departments); with {@code --user} an account logs in and sees and may
 * do only what its roles and departments allow.
 */
final class Login {

	@Option(names = "--user", paramLabel = "NAME", description = "以此账号执行（需输入密码）")
	String user;

	@Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
			description = "账号密码；不写值时提示输入")
	char[] password;

	Principal principal(UserService users) {
		if (user == null) {
			return Principal.system("cli:" + System.getProperty("user.name", "unknown"));
		}
		char[] pw = password == null ? new char[0] : password;
		return users.authenticate(user, pw)
				.orElseThrow(() -> new AccessDeniedException("账号 " + user + " 的用户名或密码错误，或账号已停用"));
	}
}
