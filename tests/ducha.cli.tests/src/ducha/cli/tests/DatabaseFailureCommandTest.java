package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import ducha.cli.ExitCodes;
import ducha.core.DuchaException;
import ducha.persistence.DatabaseFailure;
import ducha.persistence.DatabaseFailure.Kind;
import ducha.persistence.DatabaseService;

/**
 * What the command line does with the failure the database reports: prints its cause and what to do, and exits
 * with 7 for a schema that cannot be used (a failed migration, a newer schema) and 3 for a connection that
 * cannot be made, at once rather than after waiting for services.
 */
class DatabaseFailureCommandTest {

	@Test
	void aFailedMigrationIsPrintedWithWhatToDoAndExits7() {
		DemoCourt.ensureSeeded();
		Cli.Result run = withFailure(Kind.MIGRATION_FAILED, "ducha.test.broken: V1__broken.sql failed", "db", "info");

		assertEquals(ExitCodes.DATABASE_SCHEMA, run.exitCode(), run::toString);
		assertTrue(run.err().contains("ducha.test.broken: V1__broken.sql failed"), run.err());
		assertTrue(run.err().contains("ducha-cli db migrate"), run.err());
	}

	@Test
	void anUnreachableServerIsPrintedWithWhatToDoAndExits3() {
		DemoCourt.ensureSeeded();
		Cli.Result run = withFailure(Kind.UNREACHABLE, "PostgreSQL //db.court.local:5432/ducha refused", "db",
				"info");

		assertEquals(ExitCodes.DATABASE_UNAVAILABLE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("PostgreSQL //db.court.local:5432/ducha refused"), run.err());
		assertTrue(run.err().contains("db.host"), run.err());
	}

	/** Runs the command while a DatabaseService that reports the failure outranks the running one. */
	private static Cli.Result withFailure(Kind kind, String message, String... args) {
		DatabaseFailure failure = DatabaseFailure.of(kind, message, null);
		DatabaseService failing = (DatabaseService) Proxy.newProxyInstance(
				DatabaseFailureCommandTest.class.getClassLoader(), new Class<?>[] { DatabaseService.class },
				(proxy, method, arguments) -> switch (method.getName()) {
				case "failure" -> Optional.of(failure);
				case "awaitReady" -> true;
				case "toString" -> "failing DatabaseService";
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == arguments[0];
				default -> throw new DuchaException(message);
				});
		Hashtable<String, Object> properties = new Hashtable<>();
		properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
		ServiceRegistration<DatabaseService> registration = FrameworkUtil.getBundle(DatabaseFailureCommandTest.class)
				.getBundleContext().registerService(DatabaseService.class, failing, properties);
		try {
			return Cli.run(args);
		} finally {
			registration.unregister();
		}
	}
}
