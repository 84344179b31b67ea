package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.ExitCodes;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.directory.DirectoryService;
import ducha.core.security.UserService;

/**
 * Every command of the command tree (the platform's and every installed plugin's, found by walking the tree, so a
 * new command is covered without touching this test) is refused without log-in, and writes nothing: no file, no
 * record, not even an audit entry.
 */
class EveryCommandNeedsLogInTest {

	/** Commands that must be there: the walk really reached the platform's groups and the plugins. */
	private static final List<String> EXPECTED = List.of("db backup", "db restore", "users add", "users remove",
			"staff import", "remind", "modules", "demo", "report", "cases import", "cases ledger export",
			"petitions reveal", "integrity report", "study assign");

	@TempDir
	Path folder;

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
		Services.awaitCommands("report", "cases", "petitions", "integrity", "study", "inspections", "team");
	}

	@Test
	void everyCommandWithoutLogInIsRefusedAndWritesNothing() throws IOException {
		List<CommandLines.Line> lines = CommandLines.all(folder);
		List<String> paths = lines.stream().map(CommandLines.Line::path).toList();
		assertTrue(paths.containsAll(EXPECTED), "the walk found " + paths);
		AuditEntry lastBefore = lastAuditEntry();
		long staffBefore = Services.get(DirectoryService.class).staffCount();
		int accountsBefore = Services.get(UserService.class).users().size();

		List<String> failures = new ArrayList<>();
		for (CommandLines.Line line : lines) {
			String path = line.path();
			if (path.equals("help")) {
				continue;
			}
			Cli.Result run = Cli.anonymous(line.args());
			// set-up needs no log-in, but refuses a database that has accounts
			int expected = path.equals("setup") ? ExitCodes.REJECTED : ExitCodes.NOT_LOGGED_IN;
			if (run.exitCode() != expected || !run.out().isEmpty()) {
				failures.add(String.join(" ", line.args()) + " → " + run);
			}
		}

		assertTrue(failures.isEmpty(), String.join("\n\n", failures));
		try (Stream<Path> written = Files.list(folder)) {
			assertEquals(List.of(), written.toList(), "no file written");
		}
		assertEquals(lastBefore, lastAuditEntry(), "no audit entry, so no change and no log-in attempt");
		assertEquals(staffBefore, Services.get(DirectoryService.class).staffCount());
		assertEquals(accountsBefore, Services.get(UserService.class).users().size());
	}

	@Test
	void aRefusalSaysHowToLogIn() {
		Cli.Result run = Cli.anonymous("users", "list");

		assertEquals(ExitCodes.NOT_LOGGED_IN, run.exitCode(), run::toString);
		assertTrue(run.err().contains("DUCHA_USER") && run.err().contains("--user"), run.err());
	}

	@Test
	void helpAndVersionNeedNoLogIn() {
		Cli.Result help = Cli.anonymous("db", "backup", "--help");
		Cli.Result helpCommand = Cli.anonymous("help", "users");
		Cli.Result version = Cli.anonymous("--version");

		assertEquals(ExitCodes.OK, help.exitCode(), help::toString);
		assertTrue(help.out().contains("--user") && help.out().contains("--credentials"), help.out());
		assertEquals(ExitCodes.OK, helpCommand.exitCode(), helpCommand::toString);
		assertEquals(ExitCodes.OK, version.exitCode(), version::toString);
		assertTrue(version.out().contains("ducha-cli"), version.out());
	}

	private static AuditEntry lastAuditEntry() {
		return Services.get(AuditLog.class).find(AuditQuery.latest(1), Services.TESTER).stream().findFirst()
				.orElse(null);
	}
}
