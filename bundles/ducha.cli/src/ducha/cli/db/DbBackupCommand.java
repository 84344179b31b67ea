package ducha.cli.db;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.DataFolder;
import ducha.core.security.CorePermissions;
import ducha.persistence.BackupSchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli db backup [DIR] [--keep N]}: online backup into a new folder under DIR (default: the scheduled
 * backups' folder of {@code ducha.properties}, else the data folder's {@code backups}); with {@code --keep} the
 * older backups of DIR beyond the N newest are deleted afterwards (for a scheduled task of the system).
 */
@Command(name = "backup")
@RequiresPermission(CorePermissions.DB_ADMIN)
public final class DbBackupCommand extends PlatformCommand {

	@Parameters(arity = "0..1", paramLabel = "DIR", descriptionKey = "dir")
	Path directory;

	@Option(names = "--keep", paramLabel = "N")
	Integer keep;

	@Override
	public Integer call() {
		Path folder = cli.onDatabase(database -> {
			Path target = directory != null ? directory
					: database.backupSchedule().map(BackupSchedule::folder)
							.orElse(DataFolder.get().resolve("backups"));
			Path written = database.backup(target);
			cli.out().println(NLS.bind(Messages.backupDone, written));
			if (keep != null) {
				List<Path> deleted = database.prune(target, keep);
				deleted.forEach(old -> cli.out().println(NLS.bind(Messages.backupPruned, old)));
			}
			return written;
		});
		return folder == null ? ExitCodes.REJECTED : ExitCodes.OK;
	}
}
