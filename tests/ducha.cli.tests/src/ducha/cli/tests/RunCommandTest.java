package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.ExitCodes;
import ducha.core.demo.DemoAccounts;

/**
 * {@code ducha-cli run FILE|-}: many commands in one start, one log-in, every command checked as if run alone,
 * the first failure stops the batch and names its line; a batch that breaks a rule runs nothing.
 */
class RunCommandTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
	}

	@Test
	void runsEveryCommandInOrderWithCommentsQuotesAndEcho() throws IOException {
		Path roster = folder.resolve("the roster.csv");
		Path batch = batch("# the roster and the modules", "", "staff export \"" + roster + "\"", "  modules  ");

		Cli.Result run = Cli.run("run", "--echo", batch.toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		assertTrue(Files.readString(roster, StandardCharsets.UTF_8).contains("工号"), "the quoted path was one word");
		List<String> echoed = run.out().lines().filter(l -> l.startsWith("> ")).toList();
		assertEquals(List.of("> staff export \"" + roster + "\"", "> modules"), echoed, run.out());
		String afterModules = run.out().substring(run.out().indexOf("> modules"));
		assertTrue(afterModules.lines().anyMatch(l -> l.startsWith("platform") && l.contains("ducha.core")), run.out());
	}

	@Test
	void stopsAtTheFirstFailureAndNamesItsLine() throws IOException {
		Path roster = folder.resolve("roster.csv");
		Path batch = batch("modules", "gibtsnicht", "staff export " + roster);

		Cli.Result run = Cli.run("run", batch.toString());

		assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains(batch + ":2:") && run.err().contains("gibtsnicht"), run.err());
		assertTrue(run.out().contains("ducha.core"), "the first line ran: " + run.out());
		assertFalse(Files.exists(roster), "nothing after the failed line ran");
	}

	@Test
	void everyCommandNeedsItsOwnPermission() throws IOException {
		Path batch = batch("modules", "db backup " + folder.resolve("backups"), "modules");

		Cli.Result run = Cli.as(DemoAccounts.STAFF, DemoAccounts.PASSWORD, "", "run", batch.toString());

		assertEquals(ExitCodes.NOT_PERMITTED, run.exitCode(), run::toString);
		assertTrue(run.err().contains(":2:"), run.err());
		assertEquals(1, run.out().lines().filter(l -> l.contains("ducha.cli")).count(),
				"modules ran once, before the refused backup: " + run.out());
		assertNothingIn(folder.resolve("backups"));
	}

	@Test
	void commandsFromStandardInputAfterTheLogInPassword() {
		Cli.Result run = Cli.withEnvironment(java.util.Map.of(), DemoAccounts.PASSWORD + "\nmodules\n", "--user",
				DemoAccounts.ADMIN, "--password-stdin", "run", "-");

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		assertTrue(run.out().contains("ducha.core"), run.out());
	}

	@Test
	void aBatchThatBreaksARuleRunsNothing() throws IOException {
		Path roster = folder.resolve("roster.csv");
		String export = "staff export " + roster;
		List<List<String>> refused = List.of(
				List.of(export, "plugins uninstall cases", "modules"),
				List.of(export, "modules --user " + DemoAccounts.STAFF),
				List.of(export, "run other.txt"),
				List.of(export, "modules 'unclosed"));

		for (List<String> lines : refused) {
			Cli.Result run = Cli.run("run", batch(lines.toArray(String[]::new)).toString());

			assertEquals(ExitCodes.USAGE, run.exitCode(), () -> lines + " → " + run);
			assertTrue(run.err().contains(":2:") || run.err().contains(":3:"), run.err());
			assertTrue(run.out().isEmpty(), run.out());
			assertFalse(Files.exists(roster), lines + ": nothing ran");
		}
	}

	@Test
	void aMissingFileIsRejected() {
		Cli.Result run = Cli.run("run", folder.resolve("gibtsnicht.txt").toString());

		assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
		assertTrue(run.err().contains("gibtsnicht.txt"), run.err());
	}

	private Path batch(String... lines) throws IOException {
		Path file = Files.createTempFile(folder, "batch", ".txt");
		Files.write(file, List.of(lines), StandardCharsets.UTF_8);
		return file;
	}

	private static void assertNothingIn(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(), files.toList());
		}
	}
}
