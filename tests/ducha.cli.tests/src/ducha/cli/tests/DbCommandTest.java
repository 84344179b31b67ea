package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.ExitCodes;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditVerification;

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
	void backupWritesADerbyBackupFolderIntoTheGivenDirectoryAndKeepsTheNewest() throws IOException {
		// an older complete backup, as far as retention looks: its manifest
		Path old = Files.createDirectories(folder.resolve("ducha-backup-20000101-000000"));
		Files.writeString(old.resolve("manifest.properties"),
				"format=ducha-backup-1\ncreated=2000-01-01T00:00:00Z\nderby=db\n");

		Cli.Result run = Cli.run("db", "backup", folder.toString(), "--keep", "1");

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		List<Path> backups;
		try (var walk = Files.walk(folder)) {
			backups = walk.filter(p -> p.getFileName().toString().equals("service.properties")).toList();
		}
		assertEquals(1, backups.size(), "one Derby backup under " + folder);
		// the backup folder: the Derby copy, the data folder's files and the manifest
		Path backup = backups.get(0).getParent().getParent();
		assertTrue(run.out().contains(backup.toString()), run.out());
		assertTrue(Files.isRegularFile(backup.resolve("manifest.properties")), backup.toString());
		assertTrue(run.out().contains(old.toString()), run.out());
		assertFalse(Files.exists(old), "--keep 1 deleted the older backup");
	}

	@Test
	void restoreBringsBackTheRecordsAndTheAuditChainOfTheBackupTime() throws Exception {
		DemoCourt.ensureSeeded();
		DataSource ds = Services.get(DataSource.class);
		Cli.Result backup = Cli.run("db", "backup", folder.toString());
		assertEquals(ExitCodes.OK, backup.exitCode(), backup::toString);
		Path written = single(folder);
		String before = snapshot(ds);
		AuditVerification chain = Services.get(AuditLog.class).verify(Services.TESTER);
		assertTrue(chain.intact(), chain::problem);

		// a copy that does not match its manifest is refused before anything is switched
		Path manifest = written.resolve("manifest.properties");
		List<String> original = Files.readAllLines(manifest);
		Files.write(manifest, original.stream()
				.map(line -> line.startsWith("rows.STAFF=") ? "rows.STAFF=999999" : line).toList());
		Cli.Result refused = Cli.run("db", "restore", written.toString());
		assertEquals(ExitCodes.REJECTED, refused.exitCode(), refused::toString);
		assertTrue(refused.err().contains("STAFF"), refused.err());
		assertEquals(before, snapshot(ds));
		Files.write(manifest, original);

		// wiped: records changed and removed, an audit entry altered behind the platform's back
		execute(ds, "UPDATE staff SET name = '已被改动'");
		execute(ds, "DELETE FROM supervisor_assignment");
		execute(ds, "UPDATE audit_entry SET detail = '篡改' WHERE chain_seq = 1");
		assertFalse(Services.get(AuditLog.class).verify(Services.TESTER).intact());

		Cli.Result restore = Cli.run("db", "restore", written.toString());

		assertEquals(ExitCodes.OK, restore.exitCode(), restore::toString);
		assertTrue(restore.out().contains(".before-restore-"), restore.out());
		assertEquals(before, snapshot(ds));
		AuditVerification restored = Services.get(AuditLog.class).verify(Services.TESTER);
		assertTrue(restored.intact(), restored::problem);
		assertEquals(chain.headHash(), restored.headHash());
		assertEquals(chain.entries(), restored.entries());
	}

	private static Path single(Path folder) throws IOException {
		try (var children = Files.list(folder)) {
			List<Path> all = children.toList();
			assertEquals(1, all.size(), all::toString);
			return all.get(0);
		}
	}

	/**
	 * Counts of the platform's tables and a few staff records, as text to compare; the audit log is compared
	 * through its chain (each command's log-in adds an entry).
	 */
	private static String snapshot(DataSource ds) throws SQLException {
		StringBuilder text = new StringBuilder();
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			for (String table : new String[] { "department", "staff", "supervisor_assignment", "user_account" }) {
				try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
					rs.next();
					text.append(table).append('=').append(rs.getLong(1)).append('\n');
				}
			}
			try (ResultSet rs = s.executeQuery(
					"SELECT staff_no, name FROM staff ORDER BY staff_no FETCH FIRST 5 ROWS ONLY")) {
				while (rs.next()) {
					text.append(rs.getString(1)).append(' ').append(rs.getString(2)).append('\n');
				}
			}
		}
		return text.toString();
	}

	private static void execute(DataSource ds, String sql) throws SQLException {
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate(sql);
		}
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
