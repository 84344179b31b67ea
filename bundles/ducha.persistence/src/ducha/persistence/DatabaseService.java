package ducha.persistence;

import java.nio.file.Path;
import java.util.List;
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
	 * Runs pending migrations of every bundle as the owner role of a PostgreSQL database whose desktops connect as
	 * a runtime role ({@code db.user}), then grants the runtime role select, insert, update and delete on the
	 * tables, less where a bundle says so ({@link PersistenceHeaders#RUNTIME_PRIVILEGES}: the audit log only
	 * select and insert). Also when the start reported {@link DatabaseFailure.Kind#MIGRATION_NEEDS_OWNER} or
	 * {@link DatabaseFailure.Kind#MIGRATION_FAILED}; the units kept closed are opened again afterwards.
	 *
	 * @param owner    the owner role
	 * @param password its password, which only this call uses; the caller clears the array
	 * @return how many migrations were applied
	 * @throws ducha.core.DuchaException when the database is not PostgreSQL, the owner cannot log in, a migration
	 *                                   fails or the grants are refused
	 */
	int migrateAsOwner(String owner, char[] password);

	/**
	 * Online backup of the embedded or network Derby database into a new folder {@code ducha-backup-<time>} under
	 * {@code targetDir}, while users keep working: Derby's copy of the database, the data folder's settings and keys,
	 * and a manifest (time, rows per table, schema versions) written once a database built from the copy passed the
	 * checks a restore makes. A backup that fails them is deleted.
	 *
	 * @return the backup folder
	 * @throws ducha.core.DuchaException for PostgreSQL (use pg_dump) or when the backup fails
	 */
	Path backup(Path targetDir);

	/**
	 * Replaces the embedded database with a backup made by {@link #backup}. The new database is built beside the
	 * one in use and checked (it boots, holds the platform's schema, its rows and schema versions match the
	 * manifest, every {@link ducha.core.spi.RestoreCheck} passes: the audit chain); only then are the persistence
	 * units closed and the databases switched, the current one kept as {@code <db>.before-restore-<time>}. A
	 * restore interrupted at any step is finished or undone by the next start, which never opens an unchecked
	 * copy nor creates an empty database instead. The backup's keys join the data folder's (a differing key is
	 * kept beside the one replaced).
	 *
	 * @param backupFolder a folder written by {@link #backup} (or its Derby copy, or a Derby backup of an earlier
	 *                     version, which has no manifest to compare with)
	 * @param settings     whether the backup's settings files ({@code ducha.properties}, ...) replace the data
	 *                     folder's as well (the replaced ones are kept beside)
	 * @throws ducha.core.ValidationException when the folder is no backup or the copy fails a check: nothing
	 *                                        changed
	 * @throws ducha.core.DuchaException      in server modes or when the restore fails
	 */
	RestoreResult restore(Path backupFolder, boolean settings);

	/** {@link #restore(Path, boolean)} without the settings files. */
	default RestoreResult restore(Path backupFolder) {
		return restore(backupFolder, false);
	}

	/**
	 * Deletes the backups of {@code folder} but the {@code keep} newest (and unfinished ones older than the newest).
	 *
	 * @return the deleted backup folders
	 */
	List<Path> prune(Path folder, int keep);

	/** The scheduled backups of {@code ducha.properties}; empty when none are set or the database is not embedded. */
	Optional<BackupSchedule> backupSchedule();

	/**
	 * What the workbench runs now and then: when a schedule is set and its newest backup is older than its period,
	 * writes a backup into its folder and prunes it.
	 *
	 * @return the backup written, empty when none was due
	 */
	Optional<Path> backupIfDue();
}
