package ducha.cli.db;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.CliContext;
import ducha.core.DataFolder;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ducha-cli db backup [DIR]}: online backup into a new folder under DIR (default: the data folder's). */
@Command(name = "backup")
@RequiresPermission(CorePermissions.DB_ADMIN)
public final class DbBackupCommand implements Callable<Integer> {

	private final CliContext cli;

	@Parameters(arity = "0..1", paramLabel = "DIR", descriptionKey = "dir")
	Path directory;

	public DbBackupCommand(CliContext cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		Path target = directory != null ? directory : DataFolder.get().resolve("backups");
		Path folder = cli.onDatabase(database -> database.backup(target));
		cli.out().println(NLS.bind(Messages.backupDone, folder));
		return ExitCodes.OK;
	}
}
