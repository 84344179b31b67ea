package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ducha.cli.ExitCodes;
import ducha.core.DataFolder;

/**
 * {@code db migrate --owner}, which the owner role's password authorises instead of an account's log-in (its
 * PostgreSQL side is tested by ducha.core.tests' RuntimeRoleTest), and the warning about a database password that
 * other users of the computer can read.
 */
class DbOwnerCommandTest {

	@Test
	void migratingAsAnOwnerRoleNeedsNoAccountButWorksOnPostgresqlOnly() {
		DemoCourt.ensureSeeded();

		Cli.Result run = Cli.withEnvironment(Cli.NOBODY, "owner-secret\n", "db", "migrate", "--owner", "ducha_owner",
				"--owner-password-stdin");

		// no log-in asked: the refusal is the database's (embedded here), not the missing account
		assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
		assertTrue(run.err().contains("PostgreSQL"), run.err());
	}

	@Test
	void theOwnersPasswordComesFromTheEnvironmentOrStandardInputNeverTheCommandLine() {
		DemoCourt.ensureSeeded();

		Cli.Result none = Cli.withEnvironment(Cli.NOBODY, "", "db", "migrate", "--owner", "ducha_owner");
		assertEquals(ExitCodes.NOT_LOGGED_IN, none.exitCode(), none::toString);
		assertTrue(none.err().contains("DUCHA_DB_OWNER_PASSWORD"), none.err());

		Cli.Result fromVariable = Cli.withEnvironment(Map.of("DUCHA_DB_OWNER_PASSWORD", "owner-secret"), "", "db",
				"migrate", "--owner", "ducha_owner");
		assertEquals(ExitCodes.REJECTED, fromVariable.exitCode(), fromVariable::toString);
		assertTrue(fromVariable.err().contains("PostgreSQL"), fromVariable.err());

		Cli.Result asValue = Cli.withEnvironment(Cli.NOBODY, "", "db", "migrate", "--owner", "ducha_owner",
				"--owner-password", "owner-secret");
		assertEquals(ExitCodes.USAGE, asValue.exitCode(), asValue::toString);
	}

	@Test
	void aSettingsFileWhosePasswordOthersCanReadIsNamedOnStandardError() throws IOException {
		DemoCourt.ensureSeeded();
		Path settings = DataFolder.configFile();
		byte[] before = Files.exists(settings) ? Files.readAllBytes(settings) : null;
		try {
			// the embedded database ignores db.password: only its readability is at stake here
			Files.writeString(settings, "db.password=geheim\n");
			Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-r--r--"));
			Cli.Result open = Cli.run("db", "info");
			assertEquals(ExitCodes.OK, open.exitCode(), open::toString);
			assertTrue(open.err().contains(settings.toString()) && open.err().contains("db.password"), open.err());

			Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-------"));
			Cli.Result closed = Cli.run("db", "info");
			assertEquals(ExitCodes.OK, closed.exitCode(), closed::toString);
			assertFalse(closed.err().contains("db.password"), closed.err());
		} finally {
			if (before == null) {
				Files.deleteIfExists(settings);
			} else {
				Files.write(settings, before);
			}
		}
	}
}
