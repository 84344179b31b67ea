package ducha.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.persistence.BackupSchedule;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseFailure;
import ducha.persistence.DatabaseInfo;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseService;
import ducha.persistence.RestoreResult;

/** {@link DatabaseService} over the running {@link PersistenceRuntime}. */
final class DefaultDatabaseService implements DatabaseService {

	private final PersistenceRuntime runtime;
	private final DatabaseFailure configFailure;

	/** @param configFailure why the configuration could not be used, or null */
	DefaultDatabaseService(PersistenceRuntime runtime, DatabaseFailure configFailure) {
		this.runtime = runtime;
		this.configFailure = configFailure;
	}

	@Override
	public DatabaseConfig config() {
		return runtime == null ? null : runtime.config();
	}

	@Override
	public Optional<DatabaseFailure> failure() {
		return configFailure != null ? Optional.of(configFailure) : runtime.failures().current();
	}

	private void requireUsable() {
		failure().ifPresent(DefaultDatabaseService::fail);
	}

	private static void fail(DatabaseFailure failure) {
		throw new DuchaException(failure.message(), failure.cause());
	}

	@Override
	public DatabaseInfo info() {
		requireUsable();
		return runtime.onWorker(() -> {
			String product;
			try (Connection c = runtime.dataSource().getConnection()) {
				product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
			}
			Map<String, String> versions = new TreeMap<>();
			if (runtime.extender() != null) {
				versions.putAll(runtime.extender().schemaVersions());
			}
			return new DatabaseInfo(runtime.config().describe(), product, versions);
		});
	}

	@Override
	public boolean awaitReady(java.time.Duration timeout) {
		return runtime == null || runtime.awaitIdle(timeout);
	}

	@Override
	public int migrate() {
		// a failed migration is tried again: its cause may have been removed since
		failure().filter(f -> f.kind() != DatabaseFailure.Kind.MIGRATION_FAILED).ifPresent(DefaultDatabaseService::fail);
		return runtime.onWorker(() -> {
			int applied = 0;
			for (Bundle bundle : runtime.persistentBundles()) {
				if (Migrator.locations(bundle) != null) {
					MigrateResult result = Migrator.migrate(bundle, runtime.dataSource());
					applied += result.migrationsExecuted;
				}
			}
			return applied;
		});
	}

	@Override
	public int migrateAsOwner(String owner, char[] password) {
		failure().filter(f -> !f.kind().curedByMigrate()).ifPresent(DefaultDatabaseService::fail);
		OwnerMigration migration = new OwnerMigration(runtime.config(), owner, password,
				config -> DataSources.create(config, runtime.context()));
		return runtime.onWorker(() -> {
			boolean unitsClosed = failure().isPresent();
			int applied = migration.run(runtime.persistentBundles());
			if (unitsClosed) {
				// the units the start kept closed open now, on the runtime role's connections
				runtime.closeUnits();
				runtime.reopen();
			}
			return applied;
		});
	}

	@Override
	public Path backup(Path targetDir) {
		requireUsable();
		if (runtime.config().mode() == DatabaseMode.POSTGRESQL) {
			throw new DuchaException(Messages.Backup_postgres);
		}
		return new BackupWriter(runtime.dataSource(), runtime.config().describe(), DataFolder.get(),
				RestoreChecks.registered(runtime.context()), Clock.systemDefaultZone()).write(targetDir);
	}

	@Override
	public RestoreResult restore(Path backupFolder, boolean settings) {
		if (runtime == null) {
			fail(configFailure);
		}
		DatabaseConfig config = runtime.config();
		if (config.mode() != DatabaseMode.EMBEDDED) {
			throw new DuchaException(Messages.Restore_embeddedOnly);
		}
		return runtime.onWorker(() -> new EmbeddedRestore(config.path(), DataFolder.get(),
				RestoreChecks.registered(runtime.context()), new LiveRuntime(runtime), Clock.systemDefaultZone())
				.run(backupFolder, settings));
	}

	@Override
	public List<Path> prune(Path folder, int keep) {
		return new BackupRetention(folder).prune(keep);
	}

	@Override
	public Optional<BackupSchedule> backupSchedule() {
		DatabaseConfig config = config();
		if (config == null || config.mode() != DatabaseMode.EMBEDDED) {
			return Optional.empty();
		}
		Path file = DataFolder.configFile();
		return BackupSchedule.read(file, DataFolder.readSettings(file), DataFolder.get());
	}

	@Override
	public Optional<Path> backupIfDue() {
		return backupSchedule().flatMap(schedule -> DueBackup.run(schedule, Instant.now(), this::backup));
	}
}
