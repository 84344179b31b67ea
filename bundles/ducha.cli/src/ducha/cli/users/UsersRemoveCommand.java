package ducha.cli.users;

import ducha.cli.RequiresPermission;
import ducha.core.security.CorePermissions;
import ducha.core.security.UserService;
import picocli.CommandLine.Command;

/** {@code ducha-cli users remove NAME}: deletes an account (the audit log keeps its entries under its name). */
@Command(name = "remove")
@RequiresPermission(CorePermissions.USERS_ADMIN)
public final class UsersRemoveCommand extends AccountCommand {

	@Override
	void change(UserService users) {
		users.removeUser(username, cli.actor());
	}

	@Override
	String done() {
		return Messages.userRemoved;
	}
}
