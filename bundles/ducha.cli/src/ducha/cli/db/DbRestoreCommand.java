package ducha.cli.db;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli db restore DIR}: replaces the embedded database with a backup. The service keeps the current
 * database beside it first, so no confirmation is asked: a wrong restore can be undone.
 */
@Command(name = "restore")
@RequiresPermission(CorePermissions.DB_ADMIN)
public final class DbRestoreCommand extends PlatformCommand {

	@Parameters(paramLabel = "DIR", descriptionKey = "dir")
	Path backupFolder;

	@Override
	public Integer call() {
		cli.onDatabase(database -> {
			database.restore(backupFolder);
			return null;
		});
		cli.out().println(NLS.bind(Messages.restoreDone, backupFolder.toAbsolutePath()));
		return ExitCodes.OK;
	}
}
