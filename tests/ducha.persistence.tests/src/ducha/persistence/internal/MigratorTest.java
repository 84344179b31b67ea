package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** Migrations as the extender runs them: per bundle history table, baseline below V1, upgrades keep data. */
class MigratorTest {

	private static final String[] LOCATIONS = { "classpath:db/persistence-test" };
	private static final String TABLE = "flyway_ducha_persistence_tests";

	private static MigrateResult migrate(DataSource ds, String target) {
		return Migrator.flyway(MigratorTest.class.getClassLoader(), LOCATIONS, TABLE, ds, target).migrate();
	}

	@Test
	void anEmptyDatabaseGetsEveryMigration() throws SQLException {
		DataSource ds = TestDatabases.scratch("empty");
		MigrateResult result = migrate(ds, null);
		assertEquals(2, result.migrationsExecuted);
		assertEquals("2", result.targetSchemaVersion);
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO ptest_note (title, priority) VALUES ('新建', 3)");
		}
	}

	@Test
	void theQuickLookSparesFlywayOnlyWhenTheHistoryHoldsExactlyTheBundlesMigrations() throws SQLException {
		DataSource ds = TestDatabases.scratch("quick");
		assertEquals(Optional.empty(), AppliedSchema.upToDate(List.of("1", "2"), TABLE, ds), "no history yet");
		migrate(ds, "1");
		assertEquals(Optional.empty(), AppliedSchema.upToDate(List.of("1", "2"), TABLE, ds), "V2 to apply");
		assertEquals(Optional.of("1"), AppliedSchema.upToDate(List.of("1"), TABLE, ds));
		migrate(ds, null);
		assertEquals(Optional.of("2"), AppliedSchema.upToDate(List.of("2", "1"), TABLE, ds));
		assertEquals(Optional.empty(), AppliedSchema.upToDate(List.of("1"), TABLE, ds), "a newer schema: Flyway refuses");
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("UPDATE \"" + TABLE + "\" SET \"success\" = false WHERE \"version\" = '2'");
		}
		assertEquals(Optional.empty(), AppliedSchema.upToDate(List.of("1", "2"), TABLE, ds), "a failed migration");
	}

	@Test
	void anOlderSchemaIsUpgradedAndKeepsItsRows() throws SQLException {
		DataSource ds = TestDatabases.scratch("older");
		assertEquals("1", migrate(ds, "1").targetSchemaVersion);
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO ptest_note (title) VALUES ('旧版本的记录')");
		}
		MigrateResult upgrade = migrate(ds, null);
		assertEquals(1, upgrade.migrationsExecuted);
		try (Connection c = ds.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT title, priority FROM ptest_note")) {
			assertTrue(rs.next());
			assertEquals("旧版本的记录", rs.getString(1));
			assertEquals(0, rs.getInt(2));
		}
	}

	@Test
	void aSchemaHoldingOtherBundlesTablesStillRunsV1() throws SQLException {
		DataSource ds = TestDatabases.scratch("shared");
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("CREATE TABLE other_plugin_table (id INTEGER)");
		}
		assertEquals(2, migrate(ds, null).migrationsExecuted);
	}

	@Test
	void migratingTwiceChangesNothing() {
		DataSource ds = TestDatabases.scratch("twice");
		migrate(ds, null);
		assertEquals(0, migrate(ds, null).migrationsExecuted);
	}

	@Test
	void aBrokenMigrationLeavesTheSchemaAtTheLastGoodVersion() throws SQLException {
		DataSource ds = TestDatabases.scratch("broken");
		migrate(ds, "1");
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			// a column that V2 wants to add already exists: V2 must fail, not half-apply
			s.executeUpdate("ALTER TABLE ptest_note ADD COLUMN priority INTEGER");
		}
		assertThrows(RuntimeException.class, () -> migrate(ds, null));
		try (Connection c = ds.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT MAX(\"version\") FROM \"" + TABLE + "\" WHERE \"success\" = TRUE")) {
			assertTrue(rs.next());
			assertEquals("1", rs.getString(1));
		}
	}

	@Test
	void aSchemaNewerThanTheInstalledMigrationsIsRefusedNamingBothVersions() {
		DataSource ds = TestDatabases.scratch("newer");
		migrate(ds, null); // another desktop with the newer plugin: V1 and V2
		var older = Migrator.flyway(MigratorTest.class.getClassLoader(),
				new String[] { "classpath:db/persistence-test-older" }, TABLE, ds, null); // this desktop knows V1
		SchemaTooNewException refused = assertThrows(SchemaTooNewException.class,
				() -> Migrator.refuseNewerSchema(older, "ducha.sample.core"));
		assertTrue(refused.getMessage().contains("ducha.sample.core"), refused.getMessage());
		assertTrue(refused.getMessage().contains("版本 2") && refused.getMessage().contains("版本 1"),
				refused.getMessage());
		// the same installation as the database's is accepted
		Migrator.refuseNewerSchema(Migrator.flyway(MigratorTest.class.getClassLoader(), LOCATIONS, TABLE, ds, null),
				"ducha.sample.core");
	}

	@Test
	void historyTablesAreNamedPerBundle() {
		org.osgi.framework.Bundle host = org.osgi.framework.FrameworkUtil.getBundle(Migrator.class);
		assertEquals("flyway_ducha_persistence", Migrator.historyTable(host));
	}
}
