package ducha.persistence.internal;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseSsl;

/**
 * Builds the one DataSource from the configuration. The PostgreSQL and Derby client drivers are optional imports:
 * they are only linked when their mode is used.
 */
final class DataSources {

	private DataSources() {
	}

	/**
	 * The DataSource of a start. An embedded database is first brought out of a restore that was in flight
	 * ({@link RestoreJournal#recover}), since its connections create the database when it is missing.
	 */
	static DataSource create(DatabaseConfig config, BundleContext context) {
		return switch (config.mode()) {
		case EMBEDDED -> {
			new RestoreJournal(config.path()).recover();
			yield embedded(config, null);
		}
		case DERBY_NETWORK -> derbyClient(config, context);
		case POSTGRESQL -> Postgres.create(config);
		};
	}

	static String targetDatabase(DatabaseConfig config) {
		return config.mode() == DatabaseMode.POSTGRESQL ? "PostgreSQL" : "Derby";
	}

	/** @param attributes extra Derby connection attributes, e.g. {@code restoreFrom=...}, or null */
	static EmbeddedDataSource embedded(DatabaseConfig config, String attributes) {
		EmbeddedDataSource ds = new EmbeddedDataSource();
		ds.setDatabaseName(config.path().toString());
		ds.setCreateDatabase("create");
		if (attributes != null) {
			ds.setConnectionAttributes(attributes);
		}
		return ds;
	}

	/** Shuts the embedded database down cleanly (Derby reports success as SQLState 08006). */
	static void shutdownEmbedded(DatabaseConfig config) {
		EmbeddedDataSource ds = new EmbeddedDataSource();
		ds.setDatabaseName(config.path().toString());
		ds.setShutdownDatabase("shutdown");
		try (Connection c = ds.getConnection()) {
			// not reached: a shutdown always ends in an SQLException
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
				throw new DuchaException(Language.format(Messages.Derby_shutdownFailed, e.getMessage()), e);
			}
		}
	}

	/**
	 * derbyclient exports only an empty package, so its BasicClientDataSource is loaded through the bundle
	 * itself.
	 */
	private static DataSource derbyClient(DatabaseConfig config, BundleContext context) {
		Bundle client = null;
		for (Bundle b : context.getBundles()) {
			if ("derbyclient".equals(b.getSymbolicName())) {
				client = b;
			}
		}
		if (client == null) {
			throw new DuchaException(Messages.Derby_noClient);
		}
		try {
			Class<?> type = client.loadClass("org.apache.derby.client.BasicClientDataSource");
			DataSource ds = (DataSource) type.getConstructor().newInstance();
			invoke(type, ds, "setServerName", String.class, config.host());
			invoke(type, ds, "setPortNumber", int.class, config.port());
			invoke(type, ds, "setDatabaseName", String.class, config.name());
			invoke(type, ds, "setUser", String.class, config.user());
			invoke(type, ds, "setPassword", String.class, config.password());
			invoke(type, ds, "setConnectionAttributes", String.class, "create=true");
			invoke(type, ds, "setSsl", String.class, derbySsl(config.ssl().mode()));
			return ds;
		} catch (ReflectiveOperationException e) {
			throw new DuchaException(Language.format(Messages.Derby_clientUnloadable, e), e);
		}
	}

	/**
	 * Derby's {@code ssl} attribute: {@code basic} encrypts without checking the certificate,
	 * {@code peerAuthentication} checks it against the Java trust store. It cannot fall back to an unencrypted
	 * connection, so {@code prefer} is {@code off}; {@code verify-full} is refused earlier ({@link SslConfig}).
	 */
	static String derbySsl(DatabaseSsl.Mode mode) {
		return switch (mode) {
		case DISABLE, PREFER -> "off";
		case REQUIRE -> "basic";
		case VERIFY_CA, VERIFY_FULL -> "peerAuthentication";
		};
	}

	private static void invoke(Class<?> type, Object target, String method, Class<?> arg, Object value)
			throws ReflectiveOperationException {
		Method m = type.getMethod(method, arg);
		m.invoke(target, value);
	}

	/** Separate class so that org.postgresql is only linked in PostgreSQL mode. */
	private static final class Postgres {
		static DataSource create(DatabaseConfig config) {
			org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
			ds.setServerNames(new String[] { config.host() });
			ds.setPortNumbers(new int[] { config.port() });
			ds.setDatabaseName(config.name());
			ds.setUser(config.user());
			ds.setPassword(config.password());
			ssl(ds, config.ssl());
			return ds;
		}

		/** pgjdbc's own SSL factory (LibPQFactory) reads these, as libpq reads sslmode and sslrootcert. */
		private static void ssl(org.postgresql.ds.PGSimpleDataSource ds, DatabaseSsl ssl) {
			ds.setSslMode(ssl.mode().key());
			if (ssl.rootCert() != null) {
				ds.setSslRootCert(ssl.rootCert().toString());
			}
		}
	}
}
