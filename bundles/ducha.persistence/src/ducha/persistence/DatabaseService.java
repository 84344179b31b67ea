package ducha.persistence;

import java.nio.file.Path;

/**
 * Administration of the one database: state, migrations, online backup and restore. Registered as an OSGi
 * service by {@code ducha.persistence} even when the database cannot be reached, so that the workbench and the
 * command line can say why.
 */
public interface DatabaseService {

	DatabaseConfig config();

	/** Null when the database is usable, otherwise the reason (connection refused, wrong password, ...). */
	String failure();

	DatabaseInfo info();

	/**
	 * Waits until the persistence units of every bundle started so far are deployed (or have failed), so that the
	 * services built on them are registered. The command line calls this before it looks for services; the
	 * workbench waits in the background.
	 *
	 * @return false when the timeout passed first
	 */
	boolean awaitReady(java.time.Duration timeout);

	/** Runs pending Flyway migrations of every bundle that ships some; returns how many were applied. */
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
