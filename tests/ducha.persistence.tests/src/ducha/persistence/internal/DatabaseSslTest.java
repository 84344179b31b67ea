package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseFailure;
import ducha.persistence.DatabaseFailure.Kind;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseSsl;
import ducha.persistence.DatabaseSsl.Mode;

/**
 * The transport of the server modes: db.ssl.mode reaches the PostgreSQL and Derby drivers, verify-full refuses a
 * server certificate the configured CA did not sign, a Derby server with authentication refuses a wrong password,
 * and a refusal comes out as a failure naming the setting to correct. Each test runs on the backend it is about
 * (tests/pom.xml): PostgreSQL's with the certificates releng/scripts/test-databases.sh made, Derby's with the
 * servers of ducha.test.derbyserver (the second one requires SSL).
 */
class DatabaseSslTest {

	@Test
	void requireEncryptsThePostgresqlSessionAndDisableDoesNot() throws Exception {
		DatabaseConfig running = running(DatabaseMode.POSTGRESQL);
		assertTrue(encryptedPostgresqlSession(with(running, new DatabaseSsl(Mode.REQUIRE, null))));
		assertFalse(encryptedPostgresqlSession(with(running, new DatabaseSsl(Mode.DISABLE, null))),
				"db.ssl.mode reaches the driver");
	}

	@Test
	void verifyFullRefusesAPostgresqlServerWhoseCertificateAnotherCaSignedNamingTheSetting() {
		DatabaseConfig config = with(running(DatabaseMode.POSTGRESQL),
				new DatabaseSsl(Mode.VERIFY_FULL, certificate("other-ca.crt")));
		DatabaseFailure failure = DatabaseFailureTest.failureOnOpening(config);
		assertEquals(Kind.SSL, failure.kind(), failure.message());
		assertTrue(failure.message().contains("sslmode=verify-full"), failure.message());
		assertTrue(failure.advice().contains("db.ssl.rootcert") && failure.advice().contains("db.ssl.mode"),
				failure.advice());
	}

	@Test
	void verifyFullConnectsToPostgresqlWithTheCaThatSignedTheServersCertificate() throws Exception {
		DatabaseConfig config = with(running(DatabaseMode.POSTGRESQL),
				new DatabaseSsl(Mode.VERIFY_FULL, certificate("ca.crt")));
		assertTrue(encryptedPostgresqlSession(config));
	}

	@Test
	void aDerbyServerWithAuthenticationRefusesAWrongPasswordAndAcceptsTheRightOne() throws Exception {
		DatabaseConfig running = running(DatabaseMode.DERBY_NETWORK);
		DatabaseConfig owner = new DatabaseConfig(DatabaseMode.DERBY_NETWORK, null, running.host(), running.port(),
				"auth-" + System.nanoTime(), "ducha", "Right-Password-1");
		requireNativeAuthentication(owner);

		DatabaseFailure failure = DatabaseFailureTest.failureOnOpening(new DatabaseConfig(owner.mode(), null,
				owner.host(), owner.port(), owner.name(), owner.user(), "Wrong-Password-1"));
		assertEquals(Kind.LOGIN, failure.kind(), failure.message());
		assertTrue(failure.advice().contains("db.password"), failure.advice());

		try (Connection c = DataSources.create(owner, TestDatabases.context()).getConnection();
				Statement s = c.createStatement(); ResultSet r = s.executeQuery("VALUES CURRENT_USER")) {
			assertTrue(r.next());
			assertEquals("DUCHA", r.getString(1));
		}
	}

	@Test
	void aDerbyServerThatRequiresSslIsReachedWithRequireAndRefusesAPlainClientNamingTheSetting() throws Exception {
		DatabaseConfig sslServer = derbySslServer(DatabaseSsl.DEFAULT);
		DatabaseFailure failure = DatabaseFailureTest.failureOnOpening(sslServer);
		assertEquals(Kind.SSL, failure.kind(), failure.message());
		assertTrue(failure.advice().contains("db.ssl.mode"), failure.advice());

		try (Connection c = DataSources.create(derbySslServer(new DatabaseSsl(Mode.REQUIRE, null)),
				TestDatabases.context()).getConnection(); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("VALUES 1")) {
			assertTrue(r.next());
		}
	}

	@Test
	void verifyCaRefusesADerbyServerWhoseCertificateTheJavaTrustStoreDoesNotHold() {
		// the SSL server's key pair is self-signed (ducha.test.derbyserver), so no trusted CA signed it
		DatabaseFailure failure = DatabaseFailureTest
				.failureOnOpening(derbySslServer(new DatabaseSsl(Mode.VERIFY_CA, null)));
		assertEquals(Kind.SSL, failure.kind(), failure.message());
	}

	@Test
	void requireRefusesADerbyServerWithoutSsl() {
		DatabaseConfig running = running(DatabaseMode.DERBY_NETWORK);
		DatabaseFailure failure = DatabaseFailureTest
				.failureOnOpening(with(running, new DatabaseSsl(Mode.REQUIRE, null)));
		assertEquals(Kind.SSL, failure.kind(), failure.message());
	}

	private static DatabaseConfig running(DatabaseMode mode) {
		DatabaseConfig running = TestDatabases.runningConfig();
		assumeTrue(running.mode() == mode, "needs the " + mode + " run");
		return running;
	}

	private static DatabaseConfig with(DatabaseConfig config, DatabaseSsl ssl) {
		return new DatabaseConfig(config.mode(), config.path(), config.host(), config.port(), config.name(),
				config.user(), config.password(), ssl);
	}

	/** What the server says about the session: PostgreSQL's own record, not the driver's word. */
	private static boolean encryptedPostgresqlSession(DatabaseConfig config) throws SQLException {
		try (Connection c = DataSources.create(config, TestDatabases.context()).getConnection();
				Statement s = c.createStatement();
				ResultSet r = s.executeQuery("select ssl from pg_stat_ssl where pid = pg_backend_pid()")) {
			assertTrue(r.next());
			return r.getBoolean(1);
		}
	}

	/** A CA certificate made by releng/scripts/test-databases.sh, which hands its folder to the PostgreSQL run. */
	private static Path certificate(String file) {
		String folder = System.getProperty("ducha.test.postgresql.ssl", "");
		assertFalse(folder.isBlank(), "-Dducha.test.postgresql.ssl is missing: releng/scripts/test-databases.sh "
				+ "prints it with the other options of the PostgreSQL run");
		Path certificate = Path.of(folder, file);
		assertTrue(Files.isReadable(certificate), certificate + " cannot be read");
		return certificate;
	}

	/** A new database on the Derby server that requires SSL, reached with the given encryption. */
	private static DatabaseConfig derbySslServer(DatabaseSsl ssl) {
		DatabaseConfig running = running(DatabaseMode.DERBY_NETWORK);
		String port = System.getProperty("ducha.test.derbyServer.ssl", "");
		assertFalse(port.isBlank(), "tests/ducha.persistence.tests/pom.xml sets the SSL server's port");
		return new DatabaseConfig(DatabaseMode.DERBY_NETWORK, null, running.host(), Integer.parseInt(port.strip()),
				"ssl-" + System.nanoTime(), running.user(), running.password(), ssl);
	}

	/**
	 * Creates the database and its owner's NATIVE credentials, which turn authentication on from the next boot
	 * (docs/install.md), then shuts it down through the engine the server runs on, in this JVM.
	 */
	private static void requireNativeAuthentication(DatabaseConfig owner) throws SQLException {
		try (Connection c = DataSources.create(owner, TestDatabases.context()).getConnection();
				Statement s = c.createStatement()) {
			s.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('" + owner.user() + "', '" + owner.password() + "')");
		}
		EmbeddedDataSource engine = new EmbeddedDataSource();
		engine.setDatabaseName(owner.name());
		engine.setUser(owner.user());
		engine.setPassword(owner.password());
		engine.setShutdownDatabase("shutdown");
		try (Connection c = engine.getConnection()) {
			throw new AssertionError("the database did not shut down");
		} catch (SQLException e) {
			assertNotNull(e.getSQLState());
			assertEquals("08006", e.getSQLState(), e.getMessage());
		}
	}
}
