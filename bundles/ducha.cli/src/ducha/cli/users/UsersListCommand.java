package ducha.cli.users;

import java.util.Comparator;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.cli.internal.TextTable;
import ducha.core.security.CorePermissions;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import picocli.CommandLine.Command;

/** {@code ducha-cli users list}: every account with its roles and department scope. */
@Command(name = "list")
@RequiresPermission(CorePermissions.USERS_ADMIN)
public final class UsersListCommand extends PlatformCommand {

	@Override
	public Integer call() {
		TextTable table = new TextTable(Messages.headerUser, Messages.headerName, Messages.headerStaffNo,
				Messages.headerRoles, Messages.headerScope, Messages.headerEnabled);
		cli.service(UserService.class).users().stream().sorted(Comparator.comparing(UserAccount::username))
				.forEach(account -> table.row(account.username(), account.displayName(), account.staffNo(),
						Accounts.roles(account.roles()), Accounts.scope(account.scope()),
						account.enabled() ? Messages.enabled : Messages.disabled));
		table.print(cli.out());
		return ExitCodes.OK;
	}
}
