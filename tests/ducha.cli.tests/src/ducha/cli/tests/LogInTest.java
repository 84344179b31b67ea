package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.demo.DemoAccounts;

/** The ways to log in, and what is refused. */
class LogInTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
	}

	@Test
	void theEnvironmentVariablesLogInAndTheAuditLogNamesTheAccount() {
		Cli.Result run = Cli.as(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD, "", "remind");

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		AuditEntry login = Services.get(AuditLog.class)
				.find(new AuditQuery(null, "user.login", null, null, null, null, 1), Services.TESTER).get(0);
		assertEquals(DemoAccounts.DIRECTOR, login.actor());
		assertEquals("user.login", login.action());
	}

	@Test
	void aWrongPasswordIsRefusedAndTheAttemptAudited() {
		Cli.Result run = Cli.as(DemoAccounts.ADMIN, "falsch-falsch", "", "users", "list");

		assertEquals(ExitCodes.NOT_LOGGED_IN, run.exitCode(), run::toString);
		assertTrue(run.out().isEmpty(), "no account listed: " + run.out());
		AuditEntry attempt = Services.get(AuditLog.class)
				.find(new AuditQuery(DemoAccounts.ADMIN, "user.login", null, null, null, null, 1), Services.TESTER)
				.get(0);
		assertEquals("user.login.failed", attempt.action());
	}

	@Test
	void userAndPasswordFromStandardInput() {
		Cli.Result run = Cli.withEnvironment(Cli.NOBODY, DemoAccounts.ADMIN + "-wrong\n" + DemoAccounts.PASSWORD,
				"users", "list", "--user", DemoAccounts.ADMIN, "--password-stdin");
		Cli.Result right = Cli.withEnvironment(Cli.NOBODY, DemoAccounts.PASSWORD + "\n", "--user",
				DemoAccounts.ADMIN, "--password-stdin", "users", "list");

		assertEquals(ExitCodes.NOT_LOGGED_IN, run.exitCode(), "only the first line is the password: " + run);
		assertEquals(ExitCodes.OK, right.exitCode(), right::toString);
		assertTrue(right.out().contains(DemoAccounts.STAFF), right.out());
	}

	@Test
	void aUserWithoutPasswordAndWithoutTerminalIsRefused() {
		Cli.Result run = Cli.anonymous("--user", DemoAccounts.ADMIN, "users", "list");
		Cli.Result stdinAlone = Cli.withEnvironment(Cli.NOBODY, DemoAccounts.PASSWORD + "\n", "users", "list",
				"--password-stdin");

		assertEquals(ExitCodes.NOT_LOGGED_IN, run.exitCode(), run::toString);
		assertEquals(ExitCodes.NOT_LOGGED_IN, stdinAlone.exitCode(), stdinAlone::toString);
	}

	@Test
	void anOwnerOnlyCredentialsFileLogsInAndOneOthersMayReadIsRefused() throws IOException {
		Path file = credentials("rw-------");
		Path open = credentials("rw-r--r--");

		Cli.Result option = Cli.anonymous("--credentials", file.toString(), "users", "list");
		Cli.Result variable = Cli.withEnvironment(Map.of(DuchaCli.CREDENTIALS_VARIABLE, file.toString()), "",
				"users", "list");
		Cli.Result refused = Cli.anonymous("users", "list", "--credentials", open.toString());

		assertEquals(ExitCodes.OK, option.exitCode(), option::toString);
		assertEquals(ExitCodes.OK, variable.exitCode(), variable::toString);
		assertEquals(ExitCodes.NOT_LOGGED_IN, refused.exitCode(), refused::toString);
		assertTrue(refused.err().contains(open.toString()) && refused.err().contains("chmod 600"), refused.err());
		assertTrue(refused.out().isEmpty(), refused.out());
	}

	@Test
	void everyRunWarnsWhileDemoAccountsCanLogIn() {
		Cli.Result run = Cli.run("remind");

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		assertTrue(run.err().contains(DemoAccounts.PASSWORD) && run.err().contains(DemoAccounts.DIRECTOR),
				run.err());
		assertFalse(run.out().contains(DemoAccounts.PASSWORD), "standard output stays the command's own");
	}

	private Path credentials(String permissions) throws IOException {
		Path file = folder.resolve("ducha-" + permissions.replace('-', '_') + ".properties");
		Files.write(file, List.of("user=" + DemoAccounts.ADMIN, "password=" + DemoAccounts.PASSWORD),
				StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
		return file;
	}
}
