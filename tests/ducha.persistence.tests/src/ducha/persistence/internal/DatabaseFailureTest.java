package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseFailure;
import ducha.persistence.DatabaseFailure.Kind;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseService;

/**
 * A failed migration, a schema newer than the code and an unreachable server are reported by
 * {@link DatabaseService#failure()} the moment they are found, with their cause, and whoever waits for the
 * database wakes then instead of at a time-out.
 */
class DatabaseFailureTest {

	/**
	 * Well below any time-out of the workbench (180 s) or the command line; what is timed includes Flyway reading
	 * the migration and running it, on a CI machine that runs other builds.
	 */
	private static final long PROMPTLY_MS = 3_000;

	@Test
	void aPluginsFailedMigrationIsReportedAtOnceNamingThePluginAndTheCause() throws Exception {
		Bundle plugin = TestBundles.withMigrations("ducha.test.broken", "1.0.0",
				Map.of("V1__broken.sql", "CREATE TABLE ptest_broken (id INTEGER, title NO_SUCH_TYPE)"));
		try {
			FailureState failures = new FailureState();
			JpaExtender extender = new JpaExtender(created(TestDatabases.scratch("broken-plugin")), "Derby",
					failures::report, PoolSettings.NONE);
			long started = System.nanoTime();
			extender.deploy(plugin);
			DatabaseFailure failure = failures.current().orElseThrow(() -> new AssertionError("no failure reported"));
			assertTrue(elapsedMs(started) < PROMPTLY_MS, elapsedMs(started) + " ms");
			assertTrue(failures.reported().isDone(), "waiters are woken");
			assertEquals(Kind.MIGRATION_FAILED, failure.kind());
			assertTrue(failure.message().contains("ducha.test.broken"), failure.message());
			assertTrue(failure.message().contains("V1__broken.sql"), failure.message());
			assertInstanceOf(FlywayException.class, failure.cause());
			assertTrue(failure.advice().contains("ducha-cli db migrate"), failure.advice());
		} finally {
			plugin.uninstall();
		}
	}

	@Test
	void aDatabaseNewerThanThePluginIsReportedNamingBothVersions() throws Exception {
		Map<String, String> v1 = Map.of("V1__note.sql", "CREATE TABLE ptest_newer (id INTEGER)");
		Bundle newer = TestBundles.withMigrations("ducha.test.newer", "2.0.0",
				Map.of("V1__note.sql", v1.get("V1__note.sql"), "V2__title.sql",
						"ALTER TABLE ptest_newer ADD COLUMN title VARCHAR(40)"));
		Bundle older = TestBundles.withMigrations("ducha.test.newer", "1.0.0", v1);
		try {
			DataSource database = created(TestDatabases.scratch("newer-schema"));
			FailureState onTheNewerDesktop = new FailureState();
			new JpaExtender(database, "Derby", onTheNewerDesktop::report, PoolSettings.NONE).deploy(newer);
			assertEquals(java.util.Optional.empty(), onTheNewerDesktop.current());

			FailureState here = new FailureState();
			long started = System.nanoTime();
			new JpaExtender(database, "Derby", here::report, PoolSettings.NONE).deploy(older);
			DatabaseFailure failure = here.current().orElseThrow(() -> new AssertionError("no failure reported"));
			assertTrue(elapsedMs(started) < PROMPTLY_MS, elapsedMs(started) + " ms");
			assertEquals(Kind.SCHEMA_TOO_NEW, failure.kind());
			assertTrue(failure.kind().isSchema());
			assertTrue(failure.message().contains("ducha.test.newer") && failure.message().contains("2")
					&& failure.message().contains("1"), failure.message());
			assertInstanceOf(SchemaTooNewException.class, failure.cause());
		} finally {
			newer.uninstall();
			older.uninstall();
		}
	}

	@Test
	void awaitReadyWakesWhenAFailureIsReportedWhileDeploymentsAreStillQueued() throws Exception {
		DatabaseConfig config = DatabaseConfig.embedded(TestDatabases.work("wake-" + System.nanoTime()));
		PersistenceRuntime runtime = new PersistenceRuntime(context(), config, DataSources.embedded(config, null),
				PoolSettings.NONE);
		DatabaseService service = new DefaultDatabaseService(runtime, null);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch deploying = new CountDownLatch(1);
		Thread busy = new Thread(() -> runtime.onWorker(() -> { // a deployment that takes long
			deploying.countDown();
			release.await();
			return null;
		}));
		busy.start();
		try {
			assertTrue(deploying.await(10, java.util.concurrent.TimeUnit.SECONDS), "the worker is busy");
			Thread reporter = new Thread(() -> {
				sleep(300);
				runtime.failures().report(DatabaseFailure.of(Kind.MIGRATION_FAILED, "V9 failed", null));
			});
			reporter.start();
			long started = System.nanoTime();
			assertTrue(service.awaitReady(Duration.ofSeconds(60)));
			assertTrue(elapsedMs(started) < PROMPTLY_MS, elapsedMs(started) + " ms");
			assertEquals("V9 failed", service.failure().orElseThrow().message());
		} finally {
			release.countDown();
			busy.join();
			runtime.close();
		}
	}

	@Test
	void aPostgresqlServerThatDoesNotAnswerIsNamed() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort(); // free once the socket is closed: nothing listens there
		}
		DatabaseFailure failure = failureOnOpening(new DatabaseConfig(DatabaseMode.POSTGRESQL, null, "localhost",
				closedPort, "ducha", "ducha", "secret"));
		assertEquals(Kind.UNREACHABLE, failure.kind());
		assertFalse(failure.kind().isSchema());
		assertTrue(failure.message().contains("PostgreSQL //localhost:" + closedPort + "/ducha"), failure.message());
		assertNotNull(failure.cause());
		assertTrue(failure.advice().contains("db.host"), failure.advice());
	}

	/** The scratch database, created before the clock starts. */
	private static DataSource created(DataSource database) throws java.sql.SQLException {
		database.getConnection().close();
		return database;
	}

	/** On the PostgreSQL run only: the test database's server, with a password it refuses. */
	@Test
	void aPasswordThePostgresqlServerRefusesIsNamed() throws Exception {
		DatabaseConfig running = TestDatabases.runningConfig();
		assumeTrue(running.mode() == DatabaseMode.POSTGRESQL, "needs a PostgreSQL server that checks passwords");
		DatabaseFailure failure = failureOnOpening(new DatabaseConfig(DatabaseMode.POSTGRESQL, null, running.host(),
				running.port(), running.name(), running.user(), running.password() + "-wrong"));
		assertEquals(Kind.LOGIN, failure.kind(), failure.message());
		assertTrue(failure.advice().contains("db.password"), failure.advice());
	}

	@Test
	void aDriverThatFailsWithoutAnSqlExceptionIsStillReported() {
		DatabaseConfig config = new DatabaseConfig(DatabaseMode.DERBY_NETWORK, null, "localhost", 1527, "ducha",
				"ducha", "secret");
		DataSource broken = (DataSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					throw new java.util.MissingResourceException("no messages", "clientmessages", "08004");
				});
		PersistenceRuntime runtime = new PersistenceRuntime(context(), config, broken, PoolSettings.NONE);
		DatabaseService service = new DefaultDatabaseService(runtime, null);
		try {
			runtime.open();
			assertTrue(service.awaitReady(Duration.ofSeconds(60)));
			DatabaseFailure failure = service.failure().orElseThrow(() -> new AssertionError("no failure reported"));
			assertEquals(Kind.CANNOT_OPEN, failure.kind());
			assertTrue(failure.message().contains("Derby network //localhost:1527/ducha"), failure.message());
			assertInstanceOf(java.util.MissingResourceException.class, failure.cause());
		} finally {
			runtime.close();
		}
	}

	/** Opens a persistence runtime on the configuration as the bundle's activator does; its failure, promptly. */
	static DatabaseFailure failureOnOpening(DatabaseConfig config) {
		PersistenceRuntime runtime = new PersistenceRuntime(context(), config, DataSources.create(config, context()),
				PoolSettings.read(new java.util.Properties(), null));
		DatabaseService service = new DefaultDatabaseService(runtime, null);
		try {
			long started = System.nanoTime();
			runtime.open();
			assertTrue(service.awaitReady(Duration.ofSeconds(60)));
			assertTrue(elapsedMs(started) < PROMPTLY_MS, elapsedMs(started) + " ms");
			return service.failure().orElseThrow(() -> new AssertionError("no failure reported"));
		} finally {
			runtime.close();
		}
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(DatabaseFailureTest.class).getBundleContext();
	}

	private static long elapsedMs(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
