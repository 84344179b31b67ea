package ducha.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Administration of the one database: state, migrations, online backup and restore. Registered as an OSGi
 * service by {@code ducha.persistence} even when the database cannot be reached, so that the workbench and the
 * command line can say why.
 */
public interface DatabaseService {

	DatabaseConfig config();

	/**
	 * Empty while the database is usable; otherwise why not, set the moment it is found: the configuration, the
	 * connection (server unreachable, wrong password, in use), any bundle's failed migration, or a schema newer
	 * than the installed bundles.
	 */
	Optional<DatabaseFailure> failure();

	DatabaseInfo info();

	/**
	 * Waits until the persistence units of every bundle started so far are deployed, so that the services built
	 * on them are registered, or until a {@link #failure()} is reported, whichever comes first. The command line
	 * calls this before it looks for services; the workbench waits in the background.
	 *
	 * @return false when the timeout passed first
	 */
	boolean awaitReady(java.time.Duration timeout);

	/**
	 * Runs pending Flyway migrations of every bundle that ships some; returns how many were applied. Also after a
	 * failed migration ({@link DatabaseFailure.Kind#MIGRATION_FAILED}), to try again once its cause is removed;
	 * the units it kept closed open at the next start.
	 */
	int migrate();

	/**
	 * Online backup of the embedded or network Derby database into a new folder under {@code targetDir}, while
	 * users keep working.
	 *
	 * @return the folder holding the backup
	 * @throws ducha.core.DuchaException for PostgreSQL (use pg_dump) or when the backup fails
	 */
	Path backup(Path targetDir);

	/**
	 * Replaces the embedded database with a backup made by {@link #backup}: every persistence unit is closed, the
	 * database is restored from the folder and the units are opened again. The current database is first backed
	 * up beside it, so a wrong restore can be undone.
	 *
	 * @throws ducha.core.DuchaException in server modes or when the folder holds no Derby backup
	 */
	void restore(Path backupFolder);
}
