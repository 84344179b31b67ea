package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ducha.cli.ExitCodes;

class CommandLineTest {

	@Test
	void modulesListsThePlatformBundlesWithTheirState() {
		Cli.Result run = Cli.run("modules");

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("platform") && l.contains("ducha.core")), run.out());
		assertTrue(run.out().contains("ducha.cli"), run.out());
	}

	@Test
	void anUnknownCommandIsAUsageError() {
		Cli.Result run = Cli.run("gibtsnicht");

		assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("gibtsnicht"), run.err());
	}

	@Test
	void noCommandShowsTheCommandsAsAUsageError() {
		Cli.Result run = Cli.run();

		assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("staff") && run.err().contains("users"), run.err());
	}

	@Test
	void helpOfAGroupListsItsCommandsInChinese() {
		Cli.Result run = Cli.run("staff", "--help");

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		assertTrue(run.out().contains("import") && run.out().contains("template"), run.out());
		assertTrue(run.out().contains("干警名册"), "Chinese by default: " + run.out());
	}

	@Test
	void aGroupWithoutItsCommandIsAUsageError() {
		Cli.Result run = Cli.run("db");

		assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
	}
}
