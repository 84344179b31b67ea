package ducha.cli.db;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.FirstRun;
import ducha.cli.internal.PlatformCommand;
import ducha.core.security.CorePermissions;
import ducha.persistence.DatabaseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli db migrate}: applies pending migrations of every installed bundle, as the logged-in account's
 * database connection ({@code db.user}). {@code db migrate --owner ROLE} runs them as the owner role of a PostgreSQL
 * database whose desktops connect as a runtime role, and grants that role its privileges; it needs no account's
 * log-in, since the owner's password is the stronger proof (and a new or not yet migrated database has no account
 * to log in with).
 */
@Command(name = "migrate")
@RequiresPermission(CorePermissions.DB_ADMIN)
public final class DbMigrateCommand extends PlatformCommand implements FirstRun {

	@Option(names = "--owner", paramLabel = "ROLE", descriptionKey = "owner")
	String owner;

	@Mixin
	OwnerPassword ownerPassword;

	@Override
	public boolean runsWithoutLogin() {
		return owner != null;
	}

	@Override
	public Integer call() {
		if (owner != null) {
			return migrateAsOwner(owner.strip());
		}
		int applied = cli.onDatabase(DatabaseService::migrate);
		cli.out().println(applied == 0 ? Messages.migrateNothing : NLS.bind(Messages.migrateApplied, applied));
		return ExitCodes.OK;
	}

	private int migrateAsOwner(String role) {
		DatabaseService database = cli.service(DatabaseService.class);
		char[] password = ownerPassword.read(cli.session(), role);
		int applied;
		try {
			applied = database.migrateAsOwner(role, password);
		} finally {
			Arrays.fill(password, '\0');
		}
		cli.out().println(applied == 0 ? Messages.migrateNothing : NLS.bind(Messages.migrateApplied, applied));
		String runtime = database.config().user();
		if (!role.equals(runtime)) {
			cli.out().println(NLS.bind(Messages.runtimeGranted, runtime, role));
		}
		return ExitCodes.OK;
	}
}
