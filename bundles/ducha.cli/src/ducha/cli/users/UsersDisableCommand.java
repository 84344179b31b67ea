package ducha.cli.users;

import ducha.cli.RequiresPermission;
import ducha.core.security.CorePermissions;
import ducha.core.security.UserService;
import picocli.CommandLine.Command;

/** {@code ducha-cli users disable NAME}: locks an account: it can no longer log in (its records and audit entries stay). */
@Command(name = "disable")
@RequiresPermission(CorePermissions.USERS_ADMIN)
public final class UsersDisableCommand extends AccountCommand {

	@Override
	void change(UserService users) {
		users.setEnabled(username, false, cli.actor());
	}

	@Override
	String done() {
		return Messages.userDisabled;
	}
}
