package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import ducha.core.DuchaException;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditVerification;
import ducha.core.directory.DirectoryService;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseFailure;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseService;

/**
 * A PostgreSQL database with an owner role and a runtime role (docs/install.md): the desktop connects as the
 * runtime role, cannot migrate and says that IT must; after {@code migrateAsOwner} it writes records and appends to
 * the audit log, whose entries the server refuses to delete or change. Runs in the PostgreSQL run of this module
 * (its pom), connected as ducha_test_runtime; the database belongs to ducha_test (releng/scripts/test-databases.sh
 * makes both). The other runs have one role for everything: there it is skipped. The tests build on each other, in
 * order, on the database of this run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuntimeRoleTest {

	/** The owner role and its password, as releng/scripts/test-databases.sh makes them. */
	private static final String OWNER = "ducha_test";
	private static final String OWNER_PASSWORD = "ducha_test";

	private static final Duration READY = Duration.ofSeconds(120);

	private static DatabaseService database;

	@BeforeAll
	static void connectedAsTheRuntimeRole() {
		database = Osgi.service(DatabaseService.class);
		DatabaseConfig config = database.config();
		assumeTrue(config != null && config.mode() == DatabaseMode.POSTGRESQL && !OWNER.equals(config.user()),
				"only in the PostgreSQL run as the runtime role");
	}

	@Test
	@Order(1)
	void aDesktopAsTheRuntimeRoleFindingMigrationsSaysThatTheOwnerMustRunThem() {
		assertTrue(database.awaitReady(READY), "the start did not end");
		DatabaseFailure failure = database.failure().orElseThrow(() -> new AssertionError("no failure reported"));
		assertEquals(DatabaseFailure.Kind.MIGRATION_NEEDS_OWNER, failure.kind(), failure.message());
		assertTrue(failure.advice().contains("ducha-cli db migrate --owner"), failure.advice());
		// the runtime role's own migrate is refused with the same reason
		DuchaException refused = assertThrows(DuchaException.class, database::migrate);
		assertEquals(failure.message(), refused.getMessage());
	}

	@Test
	@Order(2)
	void afterTheOwnersMigrationTheRuntimeRoleWritesRecordsAndAppendsToTheAuditLog() {
		assertTrue(database.migrateAsOwner(OWNER, OWNER_PASSWORD.toCharArray()) > 0, "nothing was migrated");
		assertTrue(database.awaitReady(READY), "the units did not open");
		assertEquals(Optional.empty(), database.failure());

		Fixtures.twoDepartments(Osgi.service(DirectoryService.class)); // ordinary records, audited
		AuditLog audit = Osgi.service(AuditLog.class);
		audit.record(Fixtures.ADMIN, "test.runtime", "test", "R1", "以运行角色追加");
		AuditVerification verified = audit.verify(Fixtures.ADMIN);
		assertTrue(verified.intact(), verified.problem());
		assertTrue(verified.entries() >= 3, verified.entries() + " entries");
		assertEquals(2, departments(Osgi.service(DataSource.class)));
	}

	@Test
	@Order(3)
	void theServerRefusesTheRuntimeRoleToDeleteOrChangeAnAuditEntry() {
		DataSource runtime = Osgi.service(DataSource.class);
		AuditLog audit = Osgi.service(AuditLog.class);
		long entries = audit.verify(Fixtures.ADMIN).entries();
		assertTrue(entries > 0, "no entries to protect");

		assertRefused(runtime, "DELETE FROM audit_entry");
		assertRefused(runtime, "UPDATE audit_entry SET detail = '已删除 0 条'");
		assertRefused(runtime, "TRUNCATE audit_entry");
		assertRefused(runtime, "DELETE FROM audit_chain_head");
		// nor fake a migration, nor change a table
		assertRefused(runtime, "DELETE FROM flyway_ducha_core");
		assertRefused(runtime, "ALTER TABLE audit_entry DROP COLUMN entry_hash");

		AuditVerification after = audit.verify(Fixtures.ADMIN);
		assertTrue(after.intact(), after.problem());
		assertEquals(entries, after.entries());
	}

	@Test
	@Order(4)
	void migratingAgainAsTheOwnerChangesNothingAndKeepsTheGrants() {
		assertEquals(0, database.migrateAsOwner(OWNER, OWNER_PASSWORD.toCharArray()));
		assertRefused(Osgi.service(DataSource.class), "DELETE FROM audit_entry");
		Osgi.service(AuditLog.class).record(Fixtures.ADMIN, "test.runtime", "test", "R2", null);
		assertTrue(Osgi.service(AuditLog.class).verify(Fixtures.ADMIN).intact());
	}

	@Test
	@Order(5)
	void aWrongOwnerPasswordIsRefusedBeforeAnythingRuns() {
		DuchaException refused = assertThrows(DuchaException.class,
				() -> database.migrateAsOwner(OWNER, "wrong".toCharArray()));
		assertTrue(refused.getMessage().contains(OWNER), refused.getMessage());
	}

	/** The statement fails with PostgreSQL's insufficient_privilege. */
	private static void assertRefused(DataSource dataSource, String statement) {
		SQLException refused = assertThrows(SQLException.class, () -> {
			try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
				s.execute(statement);
			}
		}, statement);
		assertEquals("42501", refused.getSQLState(), statement + ": " + refused.getMessage());
	}

	/** The departments, read over the runtime role's connection. */
	private static int departments(DataSource dataSource) {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT count(*) FROM department")) {
			rs.next();
			return rs.getInt(1);
		} catch (SQLException e) {
			throw new AssertionError(e);
		}
	}
}
