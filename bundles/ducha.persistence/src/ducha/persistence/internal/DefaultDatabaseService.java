package ducha.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.core.runtime.ILog;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseFailure;
import ducha.persistence.DatabaseInfo;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseService;

/** {@link DatabaseService} over the running {@link PersistenceRuntime}. */
final class DefaultDatabaseService implements DatabaseService {

	private static final ILog LOG = ILog.of(DefaultDatabaseService.class);
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

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
	public Path backup(Path targetDir) {
		requireUsable();
		if (runtime.config().mode() == DatabaseMode.POSTGRESQL) {
			throw new DuchaException(Messages.Backup_postgres);
		}
		Path folder = targetDir.toAbsolutePath().resolve("ducha-backup-" + LocalDateTime.now().format(STAMP));
		try (Connection c = runtime.dataSource().getConnection();
				CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
			Files.createDirectories(folder);
			call.setString(1, folder.toString());
			call.execute();
		} catch (SQLException | IOException e) {
			throw new DuchaException(Language.format(Messages.Backup_failed, folder, e.getMessage()), e);
		}
		// Derby writes the copy into a sub-folder named like the database folder
		try (var children = Files.list(folder)) {
			Path copy = children.filter(Files::isDirectory).findFirst()
					.orElseThrow(() -> new DuchaException(Language.format(Messages.Backup_empty, folder)));
			LOG.info("Database backed up to " + copy);
			return copy;
		} catch (IOException e) {
			throw new DuchaException(Language.format(Messages.Backup_unreadable, folder), e);
		}
	}

	@Override
	public void restore(Path backupFolder) {
		DatabaseConfig config = runtime.config();
		if (config.mode() != DatabaseMode.EMBEDDED) {
			throw new DuchaException(Messages.Restore_embeddedOnly);
		}
		Path source = backupFolder.toAbsolutePath();
		if (!Files.isRegularFile(source.resolve("service.properties"))) {
			throw new DuchaException(Language.format(Messages.Restore_notBackup, source));
		}
		runtime.onWorker(() -> {
			runtime.closeUnits();
			DataSources.shutdownEmbedded(config);
			Path current = config.path();
			Path aside = current.resolveSibling(current.getFileName() + "-before-restore-"
					+ LocalDateTime.now().format(STAMP));
			if (Files.exists(current)) {
				Files.move(current, aside);
			}
			try {
				EmbeddedDataSource restoring = DataSources.embedded(config, "restoreFrom=" + source);
				restoring.setCreateDatabase(null);
				try (Connection c = restoring.getConnection()) {
					LOG.info("Database restored from " + source + "; the previous one is kept in " + aside);
				}
			} catch (SQLException e) {
				// put the previous database back rather than leave none
				if (Files.exists(aside) && !Files.exists(current.resolve("service.properties"))) {
					deleteQuietly(current);
					Files.move(aside, current);
				}
				throw new DuchaException(Language.format(Messages.Restore_failed, e.getMessage()), e);
			} finally {
				runtime.reopen();
			}
			return null;
		});
	}

	private static void deleteQuietly(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
