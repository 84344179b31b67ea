package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import ducha.cli.ExitCodes;
import ducha.core.demo.DemoService;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

/**
 * The first run of a real court: an empty database opened by the command line gets no account and no demo data;
 * {@code setup} creates the first administrator once. Runs in its own test execution with its own data folder
 * (see pom.xml), because the other tests fill their database with the demo court.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunTest {

	private static final String ADMIN = "chef";
	private static final String PASSWORD = "Erstes-Admin-Passwort-1";

	@BeforeAll
	static void freshDatabase() {
		// a data folder left by an earlier 'verify' without 'clean' has been set up already
		assumeFalse(Services.get(UserService.class).users().stream().anyMatch(u -> u.username().equals(ADMIN))
				&& Services.get(UserService.class).users().size() > 1, "data folder of an earlier run");
	}

	@Test
	@Order(1)
	void anEmptyDatabaseStartedByTheCommandLineHoldsNoAccountAndNoDemo() {
		Cli.Result run = Cli.anonymous("users", "list");

		assertEquals(ExitCodes.NOT_LOGGED_IN, run.exitCode(), run::toString);
		assertFalse(Services.get(UserService.class).hasAccounts());
		assertTrue(Services.get(DemoService.class).isEmpty(), "no demo court unless asked");
	}

	@Test
	@Order(2)
	void setupCreatesTheFirstAdministratorWhoThenLogsIn() {
		Cli.Result setup = Cli.withEnvironment(Cli.NOBODY, PASSWORD + "\n", "setup", "--admin", ADMIN,
				"--display-name", "王主任", "--password-stdin");
		Cli.Result list = Cli.as(ADMIN, PASSWORD, "", "users", "list");

		assertEquals(ExitCodes.OK, setup.exitCode(), setup::toString);
		List<UserAccount> accounts = Services.get(UserService.class).users();
		assertEquals(1, accounts.size(), accounts::toString);
		assertEquals(ADMIN, accounts.get(0).username());
		assertEquals(List.of(Role.ADMIN), List.copyOf(accounts.get(0).roles()));
		assertTrue(accounts.get(0).scope().all());
		assertEquals(ExitCodes.OK, list.exitCode(), list::toString);
		assertTrue(list.out().contains("王主任"), list.out());
		assertTrue(Services.get(UserService.class).demoAccounts().isEmpty());
		assertFalse(list.err().contains("ducha123"), "a real court gets no demo warning: " + list.err());
	}

	@Test
	@Order(3)
	void setupRefusesOnceAnAccountExists() {
		Cli.Result again = Cli.withEnvironment(Cli.NOBODY, "Zweites-Admin-Passwort-2\n", "setup", "--admin",
				"zweiter", "--password-stdin");

		assertEquals(ExitCodes.REJECTED, again.exitCode(), again::toString);
		assertTrue(Services.get(UserService.class).user("zweiter").isEmpty());
		assertEquals(1, Services.get(UserService.class).users().size());
	}

	@Test
	@Order(4)
	void onceSetUpTheDemoNeedsAnAdministratorsLogIn() {
		Cli.Result demo = Cli.anonymous("demo");

		assertEquals(ExitCodes.NOT_LOGGED_IN, demo.exitCode(), demo::toString);
		assertTrue(Services.get(DemoService.class).isEmpty());
	}
}
