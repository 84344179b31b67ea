package ducha.cli.users;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.PlatformCommand;
import ducha.core.NotFoundException;
import ducha.core.security.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli users passwd NAME}: sets a new password, e.g. for a user who forgot theirs. Every account may
 * change its own; other accounts need {@code users.admin}, which the service checks.
 */
@Command(name = "passwd")
public final class UsersPasswdCommand extends PlatformCommand {

	@Parameters(paramLabel = "NAME", descriptionKey = "name")
	String username;

	@Mixin
	PasswordSource password;

	/** True when the command sets the password of {@code username}. */
	public boolean changes(String username) {
		return this.username != null && this.username.strip().equals(username);
	}

	@Override
	public Integer call() {
		UserService users = cli.service(UserService.class);
		if (users.user(username).isEmpty()) {
			throw new NotFoundException(NLS.bind(Messages.unknownUser, username));
		}
		char[] secret = password.read(cli.session(), username);
		try {
			users.changePassword(username, secret, cli.actor());
		} finally {
			Arrays.fill(secret, '\0');
		}
		cli.out().println(NLS.bind(Messages.passwordChanged, username));
		return ExitCodes.OK;
	}
}
