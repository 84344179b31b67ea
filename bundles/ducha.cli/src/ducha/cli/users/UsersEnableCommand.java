package ducha.cli.users;

import ducha.cli.RequiresPermission;
import ducha.core.security.CorePermissions;
import ducha.core.security.UserService;
import picocli.CommandLine.Command;

/** {@code ducha-cli users enable NAME}: unlocks a disabled account. */
@Command(name = "enable")
@RequiresPermission(CorePermissions.USERS_ADMIN)
public final class UsersEnableCommand extends AccountCommand {

	@Override
	void change(UserService users) {
		users.setEnabled(username, true, cli.actor());
	}

	@Override
	String done() {
		return Messages.userEnabled;
	}
}
