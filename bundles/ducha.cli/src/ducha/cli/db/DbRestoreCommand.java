package ducha.cli.db;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.CliContext;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli db restore DIR}: replaces the embedded database with a backup. The service keeps the current
 * database beside it first, so no confirmation is asked: a wrong restore can be undone.
 */
@Command(name = "restore")
@RequiresPermission(CorePermissions.DB_ADMIN)
public final class DbRestoreCommand implements Callable<Integer> {

	private final CliContext cli;

	@Parameters(paramLabel = "DIR", descriptionKey = "dir")
	Path backupFolder;

	public DbRestoreCommand(CliContext cli) {
		this.cli = cli;
	}

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
