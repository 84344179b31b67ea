package ducha.cli.db;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.security.CorePermissions;
import ducha.persistence.DatabaseService;
import picocli.CommandLine.Command;

/** {@code ducha-cli db migrate}: applies pending migrations of every installed bundle. */
@Command(name = "migrate")
@RequiresPermission(CorePermissions.DB_ADMIN)
public final class DbMigrateCommand extends PlatformCommand {

	@Override
	public Integer call() {
		int applied = cli.onDatabase(DatabaseService::migrate);
		cli.out().println(applied == 0 ? Messages.migrateNothing : NLS.bind(Messages.migrateApplied, applied));
		return ExitCodes.OK;
	}
}
