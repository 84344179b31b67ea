package ducha.cli.db;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.security.CorePermissions;
import ducha.persistence.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli db restore DIR [--settings]}: replaces the embedded database with a backup once a copy built
 * beside it passed every check (rows and schema versions of the manifest, the audit chain). The replaced database
 * is kept beside it, so no confirmation is asked: a wrong restore can be undone.
 */
@Command(name = "restore")
@RequiresPermission(CorePermissions.DB_ADMIN)
public final class DbRestoreCommand extends PlatformCommand {

	@Parameters(paramLabel = "DIR", descriptionKey = "dir")
	Path backupFolder;

	@Option(names = "--settings")
	boolean settings;

	@Override
	public Integer call() {
		RestoreResult result = cli.onDatabase(database -> database.restore(backupFolder, settings));
		PrintWriter out = cli.out();
		out.println(NLS.bind(Messages.restoreDone, backupFolder.toAbsolutePath()));
		out.println(NLS.bind(Messages.restoreChecked, result.tables(), result.rows()));
		result.checks().forEach(check -> out.println(NLS.bind(Messages.restoreCheckPassed, check)));
		if (result.previous() != null) {
			out.println(NLS.bind(Messages.restorePrevious, result.previous()));
		}
		result.files().forEach(file -> out.println(NLS.bind(Messages.restoreFile, file)));
		return ExitCodes.OK;
	}
}
