package ducha.cli.db;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.DataFolder;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ducha-cli db backup [DIR]}: online backup into a new folder under DIR (default: the data folder's). */
@Command(name = "backup")
@RequiresPermission(CorePermissions.DB_ADMIN)
public final class DbBackupCommand extends PlatformCommand {

	@Parameters(arity = "0..1", paramLabel = "DIR", descriptionKey = "dir")
	Path directory;

	@Override
	public Integer call() {
		Path target = directory != null ? directory : DataFolder.get().resolve("backups");
		Path folder = cli.onDatabase(database -> database.backup(target));
		cli.out().println(NLS.bind(Messages.backupDone, folder));
		return ExitCodes.OK;
	}
}
