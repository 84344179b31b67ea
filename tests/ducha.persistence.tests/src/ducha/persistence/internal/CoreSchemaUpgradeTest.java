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

	@Test
	void theAuditLogOfAVersion6DatabaseBecomesOneChainInItsOrder() throws SQLException {
		DataSource ds = TestDatabases.scratch("core-v6");
		assertEquals("6", Migrator.flyway(core(), ds, "6").migrate().targetSchemaVersion);
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			for (String action : new String[] { "staff.import", "user.login", "department.save" }) {
				s.executeUpdate("INSERT INTO audit_entry (occurred_at, actor, action) VALUES (CURRENT_TIMESTAMP, 'admin', '"
						+ action + "')");
			}
		}
		Migrator.migrate(core(), ds);
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			String previous = "0".repeat(64);
			long seq = 0;
			try (ResultSet rs = s.executeQuery(
					"SELECT chain_seq, prev_hash, entry_hash, action FROM audit_entry ORDER BY id")) {
				while (rs.next()) {
					seq++;
					assertEquals(seq, rs.getLong(1), "positions follow the entries' order");
					assertEquals(previous, rs.getString(2).strip(), "each entry links to the one before");
					previous = rs.getString(3).strip();
					assertEquals(64, previous.length());
				}
			}
			assertEquals(3, seq);
			try (ResultSet head = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head")) {
				assertTrue(head.next());
				assertEquals(3, head.getLong(1));
				assertEquals(previous, head.getString(2).strip(), "the head is the last entry's hash");
			}
		}
	}
}
