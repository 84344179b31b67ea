package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.ExitCodes;

class DbCommandTest {

	@TempDir
	Path folder;

	@Test
	void infoNamesTheDatabaseAndTheCoreSchema() {
		DemoCourt.ensureSeeded();

		Cli.Result run = Cli.run("db", "info");

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		assertTrue(run.out().contains("Derby"), run.out());
		assertTrue(run.out().contains("ducha.core"), run.out());
	}

	@Test
	void backupWritesADerbyBackupFolderIntoTheGivenDirectory() throws IOException {
		Cli.Result run = Cli.run("db", "backup", folder.toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		List<Path> backups;
		try (var walk = Files.walk(folder)) {
			backups = walk.filter(p -> p.getFileName().toString().equals("service.properties")).toList();
		}
		assertEquals(1, backups.size(), "one Derby backup under " + folder);
		assertTrue(run.out().contains(backups.get(0).getParent().toString()), run.out());
	}

	@Test
	void migrateOnAnUpToDateDatabaseAppliesNothing() {
		DemoCourt.ensureSeeded();

		Cli.Result run = Cli.run("db", "migrate");

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
	}

	@Test
	void restoreFromAFolderThatIsNoBackupIsRejected() {
		Cli.Result run = Cli.run("db", "restore", folder.toString());

		assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
	}
}
