package ducha.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseService;

/**
 * Scratch databases and service look-ups for the tests. A scratch database lives where the running one does
 * (tests/pom.xml runs this module on embedded Derby, a Derby network server and PostgreSQL): a new embedded
 * database in the work folder, a new database on the Derby server, or a new schema in the PostgreSQL database.
 */
final class TestDatabases {

	private TestDatabases() {
	}

	static Path work(String name) {
		return Path.of(System.getProperty("ducha.test.work", System.getProperty("java.io.tmpdir"))).resolve(name);
	}

	/** A new, empty database (or PostgreSQL schema) beside the running one. */
	static DataSource scratch(String name) {
		String unique = name + "-" + System.nanoTime();
		DatabaseConfig running = runningConfig();
		return switch (running.mode()) {
		case EMBEDDED -> DataSources.embedded(DatabaseConfig.embedded(work(unique)), null);
		case DERBY_NETWORK -> DataSources.create(new DatabaseConfig(DatabaseMode.DERBY_NETWORK, null, running.host(),
				running.port(), "scratch-" + unique, running.user(), running.password()), context());
		case POSTGRESQL -> postgresqlSchema("scratch_" + unique.replace('-', '_').toLowerCase(), running);
		};
	}

	private static DataSource postgresqlSchema(String schema, DatabaseConfig running) {
		try (Connection c = service(DataSource.class, null).getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("CREATE SCHEMA " + schema);
		} catch (Exception e) {
			throw new IllegalStateException("cannot make the scratch schema " + schema, e);
		}
		org.postgresql.ds.PGSimpleDataSource ds = (org.postgresql.ds.PGSimpleDataSource) DataSources.create(running,
				context());
		ds.setCurrentSchema(schema);
		return ds;
	}

	static DatabaseConfig runningConfig() {
		try {
			return service(DatabaseService.class, null).config();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(TestDatabases.class).getBundleContext();
	}

	static <T> T service(Class<T> type, String filter) throws Exception {
		BundleContext context = context();
		String f = "(&(objectClass=" + type.getName() + ")" + (filter == null ? "" : filter) + ")";
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, context.createFilter(f), null);
		tracker.open();
		try {
			T service = tracker.waitForService(60_000);
			if (service == null) {
				throw new AssertionError("no service " + f + " within 60 s");
			}
			return service;
		} finally {
			tracker.close();
		}
	}

	/** Whether the running database is the embedded one (backup and restore are Derby's, restore embedded only). */
	static boolean embedded() {
		return runningConfig().mode() == DatabaseMode.EMBEDDED;
	}
}
