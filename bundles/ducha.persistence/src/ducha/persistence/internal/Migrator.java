package ducha.persistence.internal;

import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

import ducha.core.Language;
import ducha.persistence.PersistenceHeaders;

/**
 * Flyway migrations of one bundle: its own locations and its own history table, so bundles are installed,
 * upgraded and removed independently.
 */
final class Migrator {

	private Migrator() {
	}

	/** The bundle's migration folders from its {@code Ducha-Migrations} header, or null when it has none. */
	static String[] locations(Bundle bundle) {
		String header = bundle.getHeaders("").get(PersistenceHeaders.MIGRATIONS);
		if (header == null || header.isBlank()) {
			return null;
		}
		return Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.map(s -> "classpath:" + s).toArray(String[]::new);
	}

	/** One history table per bundle: flyway_ducha_core, flyway_ducha_cases_core, ... */
	static String historyTable(Bundle bundle) {
		return "flyway_" + bundle.getSymbolicName().replace('.', '_').replace('-', '_');
	}

	static Flyway flyway(Bundle bundle, DataSource dataSource, String target) {
		return flyway(bundle.adapt(BundleWiring.class).getClassLoader(), locations(bundle), historyTable(bundle),
				dataSource, target);
	}

	/**
	 * @param loader    class loader that sees the migration folders (the bundle's own)
	 * @param locations {@code classpath:} locations
	 * @param table     the bundle's history table
	 * @param target    version to stop at, or null for the newest
	 */
	static Flyway flyway(ClassLoader loader, String[] locations, String table, DataSource dataSource,
			String target) {
		var config = Flyway.configure(loader).dataSource(dataSource).locations(locations).table(table)
				// the schema already holds other bundles' tables: baseline below V1 so that V1 still runs
				.baselineOnMigrate(true).baselineVersion("0")
				// Flyway's auto-detection reaches for log4j-api, whose OSGi activator keeps a start-up lock for ever
				// when no log4j provider is installed: the migration thread then blocks; slf4j is installed
				.loggers("slf4j");
		if (target != null) {
			config = config.target(target);
		}
		return config.load();
	}

	/**
	 * @return the migrations applied and the version the bundle's schema is at now
	 * @throws SchemaTooNewException when the database holds migrations of the bundle newer than its own
	 */
	static MigrateResult migrate(Bundle bundle, DataSource dataSource) {
		Flyway flyway = flyway(bundle, dataSource, null);
		refuseNewerSchema(flyway, bundle.getSymbolicName());
		return flyway.migrate();
	}

	/**
	 * Flyway ignores applied migrations it has no script for ("future" ones) and would let older code work on a
	 * newer schema: refused here, naming both versions.
	 */
	static void refuseNewerSchema(Flyway flyway, String owner) {
		MigrationInfo[] applied = flyway.info().applied();
		String newestInDatabase = null;
		for (MigrationInfo info : applied) {
			if ((info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED)
					&& info.getVersion() != null) {
				newestInDatabase = info.getVersion().getVersion();
			}
		}
		if (newestInDatabase == null) {
			return;
		}
		String known = Arrays.stream(flyway.info().all()).filter(i -> i.getScript() != null && i.getVersion() != null
				&& i.getState() != MigrationState.FUTURE_SUCCESS && i.getState() != MigrationState.FUTURE_FAILED)
				.map(i -> i.getVersion().getVersion()).reduce((a, b) -> b).orElse("0");
		throw new SchemaTooNewException(
				Language.format(Messages.Migrator_schemaTooNew, owner, newestInDatabase, known));
	}
}
