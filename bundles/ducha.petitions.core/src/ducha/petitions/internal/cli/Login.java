package ducha.petitions.internal.cli;

import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.UserService;
import picocli.CommandLine.Option;

/**
 * Who runs a petitions command. Without {@code --user} it is the operator of the command line (an administrator:
 * it sees that petitions exist, never who wrote them); a handler logs in with {@code --user} to act as themself.
 */
final class Login {

	@Option(names = "--user", paramLabel = "NAME", description = "Act as this account (asks for its password).")
	String user;

	@Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
			description = "The account's password; without a value it is asked for.")
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
