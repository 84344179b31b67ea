package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.core.DuchaException;
import ducha.core.ValidationException;
import ducha.core.spi.RestoreCheck;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.RestoreResult;

/**
 * Backup and restore of an embedded database with the platform's schema, on scratch databases: one backup holding
 * department R1 is made once; each test restores it over a copy of the database that holds R1 and R2 since.
 */
class RestoreTest {

	private static final Set<String> OLD = Set.of("R1", "R2");
	private static final Set<String> BACKED_UP = Set.of("R1");

	private static Path root;
	private static Path template;
	private static Path backup;
	private static List<RestoreCheck> checks;
	private static int cases;

	@BeforeAll
	static void oneDatabaseAndOneBackup() throws Exception {
		root = TestDatabases.work("restore-" + System.nanoTime());
		template = root.resolve("template").resolve("db");
		DataSource ds = DataSources.embedded(DatabaseConfig.embedded(template), null);
		Migrator.migrate(core(), ds);
		execute(ds, "INSERT INTO department (code, name, kind, sort_order, active) VALUES ('R1', '立案庭', 'TRIAL', 10, TRUE)");
		Path data = Files.createDirectories(root.resolve("template-data").resolve("keys"));
		Files.writeString(data.resolveSibling("ducha.properties"), "language=zh\n", StandardCharsets.UTF_8);
		Files.writeString(data.resolve("test.key"), "key-of-the-backup", StandardCharsets.US_ASCII);
		checks = RestoreChecks.registered(context());
		backup = new BackupWriter(ds, "test", data.getParent(), checks, Clock.systemDefaultZone())
				.write(root.resolve("backups"));
		execute(ds, "INSERT INTO department (code, name, kind, sort_order, active) VALUES ('R2', '刑一庭', 'TRIAL', 20, TRUE)");
		DataSources.shutdownEmbedded(DatabaseConfig.embedded(template));
	}

	@Test
	void aBackupHoldsTheDatabaseTheSettingsTheKeysAndAManifestOfWhatItHolds() {
		BackupManifest manifest = BackupManifest.read(backup);

		assertEquals(List.of("ducha.properties", "keys/test.key"), manifest.files());
		assertTrue(Files.isRegularFile(backup.resolve(manifest.derbyFolder()).resolve("service.properties")));
		assertEquals(1L, manifest.contents().rows().get("DEPARTMENT"), manifest.contents().rows().toString());
		assertTrue(manifest.contents().schemaVersions().containsKey("flyway_ducha_core"));
		assertFalse(Files.exists(backup.resolve(".verifying")), "the trial copy is deleted");
	}

	/** Registered by ducha.core, which ducha.persistence does not depend on. */
	private static RestoreCheck auditChainCheck() {
		return checks.stream().filter(c -> c.getClass().getName().endsWith("AuditChainCheck")).findFirst()
				.orElseThrow(() -> new AssertionError("no audit chain check among " + checks));
	}

	@Test
	void aRestoreSwitchesToTheCheckedCopyAndKeepsThePreviousDatabase() throws Exception {
		Path db = freshDatabase();
		Path keys = Files.createDirectories(db.resolveSibling("data").resolve("keys"));
		Files.writeString(keys.resolve("test.key"), "a key made here", StandardCharsets.US_ASCII);

		RestoreResult result = restore(db, keys.getParent()).run(backup, false);

		assertEquals(BACKED_UP, departments(db));
		assertEquals(OLD, departments(result.previous()));
		assertEquals(db.getFileName() + ".before-restore-", result.previous().getFileName().toString()
				.substring(0, db.getFileName().toString().length() + 16));
		assertEquals("key-of-the-backup", Files.readString(keys.resolve("test.key")));
		try (Stream<Path> files = Files.list(keys)) {
			assertTrue(files.anyMatch(k -> k.getFileName().toString().startsWith("test.key.before-restore-")),
					"the key it replaced is kept");
		}
		assertFalse(Files.exists(keys.resolveSibling("ducha.properties")), "settings only when asked");
		assertEquals(List.of(keys.resolve("test.key")), result.files());
		assertFalse(Files.exists(new RestoreJournal(db).file()));
	}

	/** A restore stopped dead after each step; then a start, which opens the database as the product would. */
	@TestFactory
	Stream<DynamicTest> aRestoreKilledAtAnyStepLeavesADatabaseThatOpensWithItsData() {
		return Arrays.stream(EmbeddedRestore.Step.values()).map(step -> DynamicTest.dynamicTest(step.name(), () -> {
			Path db = freshDatabase();
			assertEquals(OLD, departments(db));
			EmbeddedRestore restore = restore(db, db.resolveSibling("data")).killedAfter(step);

			assertThrows(EmbeddedRestore.Killed.class, () -> restore.run(backup, false));
			DataSource started = DataSources.create(DatabaseConfig.embedded(db), context());

			RestoreJournal journal = new RestoreJournal(db);
			assertFalse(Files.exists(journal.staging()), "no copy is left");
			assertFalse(Files.exists(journal.file()), "the journal is done with");
			if (step.compareTo(EmbeddedRestore.Step.SWITCH_STARTED) < 0) {
				assertEquals(OLD, departments(started), "undone: the database in use is unchanged");
				assertEquals(List.of(), keptAside(db));
			} else {
				assertEquals(BACKED_UP, departments(started), "the checked copy's switch is finished");
				assertEquals(1, keptAside(db).size());
				assertEquals(OLD, departments(keptAside(db).get(0)), "the previous database is kept");
			}
			DataSources.shutdownEmbedded(DatabaseConfig.embedded(db));
		}));
	}

	@Test
	void aCopyThatDoesNotMatchTheManifestIsRefusedAndNothingChanges() throws Exception {
		Path tampered = root.resolve("tampered-" + System.nanoTime());
		copyTree(backup, tampered);
		Path manifest = tampered.resolve(BackupManifest.FILE);
		Files.writeString(manifest, Files.readString(manifest).replace("rows.DEPARTMENT=1", "rows.DEPARTMENT=7"));
		Path db = freshDatabase();
		assertEquals(OLD, departments(db));

		ValidationException refused = assertThrows(ValidationException.class,
				() -> restore(db, db.resolveSibling("data")).run(tampered, false));

		assertTrue(refused.getMessage().contains("DEPARTMENT"), refused.getMessage());
		assertEquals(OLD, departments(db));
		assertFalse(Files.exists(new RestoreJournal(db).staging()));
		assertFalse(Files.exists(new RestoreJournal(db).file()));
		assertEquals(List.of(), keptAside(db));
	}

	@Test
	void aBackupOfADatabaseWhoseAuditChainIsBrokenIsRefusedAndDeleted() throws Exception {
		Path db = freshDatabase();
		DataSource ds = DataSources.embedded(DatabaseConfig.embedded(db), null);
		execute(ds, "INSERT INTO audit_entry (occurred_at, actor, action) VALUES (CURRENT_TIMESTAMP, 'x', 'behind.the.back')");
		Path target = root.resolve("refused-backups-" + System.nanoTime());

		DuchaException refused = assertThrows(DuchaException.class, () -> new BackupWriter(ds, "test",
				db.resolveSibling("data"), checks, Clock.systemDefaultZone()).write(target));

		assertTrue(refused.getMessage().contains(auditChainCheck().name()), refused.getMessage());
		try (Stream<Path> left = Files.list(target)) {
			assertEquals(List.of(), left.toList(), "no backup that looks complete is left");
		}
		DataSources.shutdownEmbedded(DatabaseConfig.embedded(db));
	}

	private static EmbeddedRestore restore(Path db, Path dataFolder) {
		EmbeddedRestore.LiveDatabase live = new EmbeddedRestore.LiveDatabase() {

			@Override
			public void release() {
				DataSources.shutdownEmbedded(DatabaseConfig.embedded(db));
			}

			@Override
			public void reopen() {
				// the next connection boots it
			}
		};
		return new EmbeddedRestore(db, dataFolder, checks, live, Clock.systemDefaultZone());
	}

	/** A copy of the template (R1 and R2), in a folder of its own. */
	private static Path freshDatabase() throws IOException {
		Path db = root.resolve("case-" + (++cases)).resolve("db");
		copyTree(template, db);
		return db;
	}

	private static List<Path> keptAside(Path db) throws IOException {
		try (Stream<Path> siblings = Files.list(db.getParent())) {
			return siblings.filter(p -> p.getFileName().toString().startsWith("db.before-restore-")).toList();
		}
	}

	private static Set<String> departments(Path db) throws SQLException {
		EmbeddedDataSource ds = DataSources.embedded(DatabaseConfig.embedded(db), null);
		ds.setCreateDatabase(null); // a missing database is an error here, never a new empty one
		return departments(ds);
	}

	private static Set<String> departments(DataSource ds) throws SQLException {
		Set<String> codes = new TreeSet<>();
		try (Connection c = ds.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT code FROM department")) {
			while (rs.next()) {
				codes.add(rs.getString(1));
			}
		}
		return codes;
	}

	private static void execute(DataSource ds, String sql) throws SQLException {
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate(sql);
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : walk.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(RestoreTest.class).getBundleContext();
	}

	private static Bundle core() {
		return Arrays.stream(context().getBundles()).filter(b -> "ducha.core".equals(b.getSymbolicName()))
				.findFirst().orElseThrow(() -> new AssertionError("ducha.core is not installed"));
	}
}
