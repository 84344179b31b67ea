package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** ducha.core's own migrations, as the extender runs them, on an empty and on a V1 database. */
class CoreSchemaUpgradeTest {

	private static Bundle core() {
		return Arrays.stream(FrameworkUtil.getBundle(CoreSchemaUpgradeTest.class).getBundleContext().getBundles())
				.filter(b -> "ducha.core".equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError("ducha.core is not installed"));
	}

	@Test
	void anEmptyDatabaseGetsTheWholeCoreSchema() throws SQLException {
		DataSource ds = TestDatabases.scratch("core-empty");
		Migrator.migrate(core(), ds);
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			for (String table : new String[] { "department", "staff", "supervisor_assignment", "user_account",
					"audit_entry" }) {
				try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
					assertTrue(rs.next(), table);
					assertEquals(0, rs.getInt(1), table);
				}
			}
		}
	}

	@Test
	void aVersion1DatabaseIsUpgradedAndKeepsItsDepartments() throws SQLException {
		DataSource ds = TestDatabases.scratch("core-v1");
		assertEquals("1", Migrator.flyway(core(), ds, "1").migrate().targetSchemaVersion);
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO department (code, name, kind, sort_order, active) "
					+ "VALUES ('LAT', '立案庭', 'TRIAL', 10, TRUE)");
		}
		assertTrue(Migrator.migrate(core(), ds).migrationsExecuted >= 1);
		try (Connection c = ds.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT name FROM department WHERE code = 'LAT'")) {
			assertTrue(rs.next());
			assertEquals("立案庭", rs.getString(1));
		}
		try (Connection c = ds.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(last_login) FROM user_account")) {
			assertTrue(rs.next(), "V2 adds user_account.last_login");
		}
	}
}
