package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.ExitCodes;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.UserService;

/** A logged-in account without the command's permission is refused before anything happens. */
class PermissionTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
	}

	@Test
	void staffMayNotListAccounts() {
		Cli.Result run = staff("users", "list");

		assertEquals(ExitCodes.NOT_PERMITTED, run.exitCode(), run::toString);
		assertFalse(run.out().contains(DemoAccounts.ADMIN), run.out());
		assertTrue(run.err().contains("users.admin"), "the missing permission is named: " + run.err());
	}

	@Test
	void staffAndTheOfficeDirectorMayNotBackUpTheDatabase() throws IOException {
		Cli.Result staff = staff("db", "backup", folder.toString());
		Cli.Result director = Cli.as(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD, "", "db", "backup",
				folder.toString());

		assertEquals(ExitCodes.NOT_PERMITTED, staff.exitCode(), staff::toString);
		assertEquals(ExitCodes.NOT_PERMITTED, director.exitCode(), director::toString);
		assertNothingIn(folder);
	}

	@Test
	void staffMayNotCreateAccountsNorExportTheRosterOrTheReport() throws IOException {
		Cli.Result add = Cli.as(DemoAccounts.STAFF, DemoAccounts.PASSWORD, "Neues-Passwort-5\n", "users", "add",
				"von-staff", "--roles", "ADMIN", "--all-departments", "--new-password-stdin");
		Cli.Result export = staff("staff", "export", folder.resolve("roster.csv").toString());
		Cli.Result report = staff("report", "--from", "2024-01-01", "--to", "2024-12-31", "--out",
				folder.resolve("report.xlsx").toString(), "--format", "xlsx");

		assertEquals(ExitCodes.NOT_PERMITTED, add.exitCode(), add::toString);
		assertTrue(Services.get(UserService.class).user("von-staff").isEmpty());
		assertEquals(ExitCodes.NOT_PERMITTED, export.exitCode(), export::toString);
		assertEquals(ExitCodes.NOT_PERMITTED, report.exitCode(), report::toString);
		assertNothingIn(folder);
	}

	@Test
	void staffMayChangeTheirOwnPasswordButNoOneElses() {
		Cli.Result other = Cli.as(DemoAccounts.STAFF, DemoAccounts.PASSWORD, "Fremdes-Passwort-6\n", "users",
				"passwd", DemoAccounts.DIRECTOR, "--new-password-stdin");

		assertEquals(ExitCodes.NOT_PERMITTED, other.exitCode(), other::toString);
		assertTrue(Services.get(UserService.class)
				.authenticate(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD.toCharArray()).isPresent());
	}

	private static Cli.Result staff(String... args) {
		return Cli.as(DemoAccounts.STAFF, DemoAccounts.PASSWORD, "", args);
	}

	private static void assertNothingIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(), files.toList());
		}
	}
}
