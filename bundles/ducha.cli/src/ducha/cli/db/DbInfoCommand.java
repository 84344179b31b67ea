package ducha.cli.db;

import java.io.PrintWriter;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.DataFolder;
import ducha.core.security.CorePermissions;
import ducha.persistence.DatabaseInfo;
import ducha.persistence.DatabaseService;
import picocli.CommandLine.Command;

/** {@code ducha-cli db info}: connection, database product and the schema version of every bundle. */
@Command(name = "info")
@RequiresPermission(CorePermissions.DB_ADMIN)
public final class DbInfoCommand extends PlatformCommand {

	@Override
	public Integer call() {
		DatabaseInfo info = cli.onDatabase(DatabaseService::info);
		PrintWriter out = cli.out();
		out.println(NLS.bind(Messages.dataFolder, DataFolder.get()));
		out.println(NLS.bind(Messages.connection, info.connection()));
		out.println(NLS.bind(Messages.product, info.product()));
		out.println(Messages.schemaVersions);
		info.schemaVersions().forEach((bundle, version) -> out.println("  " + bundle + "  " + version));
		return ExitCodes.OK;
	}
}
