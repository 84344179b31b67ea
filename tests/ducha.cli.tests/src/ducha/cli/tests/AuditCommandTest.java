package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ducha.cli.ExitCodes;
import ducha.core.audit.AuditActionLabels;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.demo.DemoAccounts;

class AuditCommandTest {

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
	}

	@Test
	void theLogIsListedWithFiltersNewestFirst() {
		Cli.run("users", "list");

		Cli.Result list = Cli.run("audit", "list", "--action", "user.login", "--actor", "admin", "--limit", "3",
				"--ids");

		assertEquals(ExitCodes.OK, list.exitCode(), list::toString);
		String[] lines = list.out().strip().split("\n");
		assertTrue(lines.length >= 2 && lines.length <= 4, list.out());
		for (int i = 1; i < lines.length; i++) {
			assertTrue(lines[i].contains("user.login") && lines[i].contains("admin"), lines[i]);
		}
	}

	@Test
	void actionsAreNamedInWordsAndMayBeFilteredByThem() {
		Cli.run("users", "list");
		String loggedIn = Services.get(AuditActionLabels.class).label("user.login");
		assertNotEquals("user.login", loggedIn, "the platform names its log-in action");

		Cli.Result list = Cli.run("audit", "list", "--action", loggedIn, "--actor", "admin", "--limit", "3");

		assertEquals(ExitCodes.OK, list.exitCode(), list::toString);
		String[] lines = list.out().strip().split("\n");
		assertTrue(lines.length >= 2 && lines[1].contains(loggedIn), "the log-in of this very run first: " + list.out());
		assertTrue(!list.out().contains("user.login"), list.out());
	}

	@Test
	void verifyPrintsTheHeadAndNamesAnEntryChangedBehindItsBack() throws SQLException {
		Cli.Result intact = Cli.run("audit", "verify");
		assertEquals(ExitCodes.OK, intact.exitCode(), intact::toString);
		assertTrue(intact.out().matches("(?s).*[0-9a-f]{64}.*"), intact.out());

		AuditEntry victim = Services.get(AuditLog.class)
				.find(new AuditQuery(null, "user.login", null, null, null, null, 1), Services.TESTER).get(0);
		setActor(victim.id(), "nobody");
		try {
			Cli.Result broken = Cli.run("audit", "verify");
			assertEquals(ExitCodes.AUDIT_BROKEN, broken.exitCode(), broken::toString);
			assertTrue(broken.err().contains(String.valueOf(victim.id())), broken.err());
		} finally {
			setActor(victim.id(), victim.actor());
		}
		assertEquals(ExitCodes.OK, Cli.run("audit", "verify").exitCode(), "restored, the chain holds again");
	}

	@Test
	void staffMayNotReadTheLog() {
		Cli.Result list = Cli.as(DemoAccounts.STAFF, DemoAccounts.PASSWORD, "", "audit", "list");

		assertEquals(ExitCodes.NOT_PERMITTED, list.exitCode(), list::toString);
	}

	private static void setActor(long id, String actor) throws SQLException {
		try (Connection c = Services.get(DataSource.class).getConnection();
				PreparedStatement update = c.prepareStatement("update audit_entry set actor = ? where id = ?")) {
			update.setString(1, actor);
			update.setLong(2, id);
			assertEquals(1, update.executeUpdate());
		}
	}
}
