package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import ducha.core.DuchaException;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseService;

/** The running service of the test framework: embedded Derby in the test's data folder. */
class DatabaseServiceTest {

	@Test
	void theEmbeddedDatabaseIsUsableAndDescribed() throws Exception {
		assumeTrue(TestDatabases.embedded(), "the server runs: theServerDatabaseIsUsableAndDescribed");
		DatabaseService service = TestDatabases.service(DatabaseService.class, null);
		assertEquals(Optional.empty(), service.failure());
		assertTrue(service.info().product().startsWith("Apache Derby 10.17"), service.info().product());
		assertTrue(service.info().connection().startsWith("Derby embedded "), service.info().connection());
	}

	@Test
	void theServerDatabaseIsUsableAndDescribed() throws Exception {
		assumeFalse(TestDatabases.embedded(), "the embedded run: theEmbeddedDatabaseIsUsableAndDescribed");
		DatabaseService service = TestDatabases.service(DatabaseService.class, null);
		assertEquals(Optional.empty(), service.failure());
		boolean postgresql = service.config().mode() == DatabaseMode.POSTGRESQL;
		assertTrue(service.info().product().startsWith(postgresql ? "PostgreSQL" : "Apache Derby"),
				service.info().product());
		assertTrue(service.info().connection().startsWith(postgresql ? "PostgreSQL //" : "Derby network //"),
				service.info().connection());
		assertTrue(service.info().schemaVersions().containsKey("ducha.core"), service.info().toString());
	}

	@Test
	void restoreIsRefusedInTheServerModes() throws Exception {
		assumeFalse(TestDatabases.embedded());
		DatabaseService service = TestDatabases.service(DatabaseService.class, null);
		Path empty = Files.createDirectories(TestDatabases.work("not-a-backup"));
		assertThrows(DuchaException.class, () -> service.restore(empty));
		assertEquals(Optional.empty(), service.failure(), "the database stays usable");
	}

	@Test
	void backupAndRestoreBringBackTheRowsOfTheBackupTime() throws Exception {
		assumeTrue(TestDatabases.embedded(), "restore works on the embedded database only");
		DatabaseService service = TestDatabases.service(DatabaseService.class, null);
		// a backup holds the platform's schema: wait until ducha.core's migrations ran
		assertTrue(service.awaitReady(java.time.Duration.ofSeconds(60)));
		DataSource ds = TestDatabases.service(DataSource.class, null);
		String table = "ptest_backup_" + System.currentTimeMillis();
		execute(ds, "CREATE TABLE " + table + " (name VARCHAR(40))");
		execute(ds, "INSERT INTO " + table + " VALUES ('备份前')");

		Path backup = service.backup(TestDatabases.work("backups"));
		BackupManifest manifest = BackupManifest.read(backup);
		assertTrue(Files.isRegularFile(backup.resolve(manifest.derbyFolder()).resolve("service.properties")),
				backup.toString());
		assertEquals(1L, manifest.contents().rows().get(table.toUpperCase()), manifest.contents().rows().toString());

		execute(ds, "INSERT INTO " + table + " VALUES ('备份后')");
		assertEquals(2, count(ds, table));

		service.restore(backup);
		assertEquals(1, count(ds, table));
		assertEquals(Optional.empty(), service.failure());
	}

	@Test
	void restoreRefusesAFolderThatIsNoBackup() throws Exception {
		assumeTrue(TestDatabases.embedded(), "the server runs: restoreIsRefusedInTheServerModes");
		DatabaseService service = TestDatabases.service(DatabaseService.class, null);
		Path empty = Files.createDirectories(TestDatabases.work("not-a-backup"));
		DuchaException e = assertThrows(DuchaException.class, () -> service.restore(empty));
		assertTrue(e.getMessage().contains("service.properties"), e.getMessage());
	}

	private static void execute(DataSource ds, String sql) throws SQLException {
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate(sql);
		}
	}

	private static int count(DataSource ds, String table) throws SQLException {
		try (Connection c = ds.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
