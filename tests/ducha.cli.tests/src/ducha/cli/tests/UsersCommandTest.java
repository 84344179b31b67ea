package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ducha.cli.ExitCodes;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.demo.DemoAccounts;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

class UsersCommandTest {

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
	}

	@Test
	void anAddedAccountIsListedAndLogsInWithThePasswordSetLater() {
		String name = "cli-" + StaffLedger.newStaffNo();
		String department = Services.get(DirectoryService.class).departments().get(0).code();
		UserService users = Services.get(UserService.class);

		Cli.Result add = Cli.runWithInput("Erstes-Passwort-1\n", "users", "add", name, "--roles", "STAFF,部门负责人",
				"--display-name", "测试账号", "--departments", department, "--new-password-stdin");
		Cli.Result list = Cli.run("users", "list");
		Cli.Result passwd = Cli.runWithInput("Zweites-Passwort-2\n", "users", "passwd", name,
				"--new-password-stdin");

		assertEquals(ExitCodes.OK, add.exitCode(), add::toString);
		UserAccount account = users.user(name).orElseThrow();
		assertEquals(Set.of(Role.STAFF, Role.DEPARTMENT_HEAD), account.roles());
		assertEquals(Set.of(department), account.scope().departmentCodes());
		assertEquals(ExitCodes.OK, list.exitCode(), list::toString);
		assertTrue(list.out().contains(name) && list.out().contains("测试账号"), list.out());
		assertEquals(ExitCodes.OK, passwd.exitCode(), passwd::toString);
		assertTrue(users.authenticate(name, "Zweites-Passwort-2".toCharArray()).isPresent());
		assertTrue(users.authenticate(name, "Erstes-Passwort-1".toCharArray()).isEmpty());
	}

	@Test
	void anUnknownRoleIsRejectedWithTheKnownRoles() {
		String name = "cli-" + StaffLedger.newStaffNo();

		Cli.Result add = Cli.runWithInput("Ein-Passwort-3\n", "users", "add", name, "--roles", "KAISER",
				"--all-departments", "--new-password-stdin");

		assertEquals(ExitCodes.REJECTED, add.exitCode(), add::toString);
		assertTrue(add.err().contains("KAISER") && add.err().contains("OFFICE_DIRECTOR"), add.err());
		assertTrue(Services.get(UserService.class).user(name).isEmpty());
	}

	@Test
	void aPasswordForAnUnknownAccountIsRejected() {
		Cli.Result passwd = Cli.runWithInput("x-Y-z-1234\n", "users", "passwd", "niemand-" + StaffLedger.newStaffNo(),
				"--new-password-stdin");

		assertEquals(ExitCodes.REJECTED, passwd.exitCode(), passwd::toString);
	}

	@Test
	void aPasswordIsNeverAnOptionValue() {
		Cli.Result add = Cli.run("users", "add", "mit-passwort", "--roles", "STAFF", "--all-departments",
				"--password", "Sichtbar-im-Verlauf-1");

		assertEquals(ExitCodes.USAGE, add.exitCode(), add::toString);
		assertTrue(Services.get(UserService.class).user("mit-passwort").isEmpty());
	}

	@Test
	void withoutTheNewPasswordOnStandardInputAndWithoutTerminalNothingIsCreated() {
		Cli.Result add = Cli.run("users", "add", "ohne-passwort", "--roles", "STAFF", "--all-departments");

		assertEquals(ExitCodes.REJECTED, add.exitCode(), add::toString);
		assertTrue(Services.get(UserService.class).user("ohne-passwort").isEmpty());
	}

	@Test
	void aDisabledAccountCannotLogInUntilEnabledAndARemovedOneNotAtAll() {
		String name = "cli-" + StaffLedger.newStaffNo();
		String password = "Gesperrt-Passwort-4";
		UserService users = Services.get(UserService.class);
		String given = "Vom-Admin-gesetzt-4";
		assertEquals(ExitCodes.OK, Cli.runWithInput(given + "\n", "users", "add", name, "--roles", "STAFF",
				"--all-departments", "--new-password-stdin").exitCode());
		Cli.Result first = Cli.as(name, given, "", "remind");
		assertEquals(ExitCodes.NOT_LOGGED_IN, first.exitCode(), first::toString);
		assertTrue(first.err().contains("users passwd " + name), "says how to choose one's own password: " + first);
		Cli.Result own = Cli.as(name, given, password + "\n", "users", "passwd", name, "--new-password-stdin");
		assertEquals(ExitCodes.OK, own.exitCode(), own::toString);
		assertEquals(ExitCodes.OK, Cli.as(name, password, "", "remind").exitCode(), "the new account logs in");

		Cli.Result disable = Cli.run("users", "disable", name);
		Cli.Result refused = Cli.as(name, password, "", "remind");
		Cli.Result enable = Cli.run("users", "enable", name);
		Cli.Result again = Cli.as(name, password, "", "remind");
		Cli.Result remove = Cli.run("users", "remove", name);
		Cli.Result gone = Cli.as(name, password, "", "remind");

		assertEquals(ExitCodes.OK, disable.exitCode(), disable::toString);
		assertEquals(ExitCodes.NOT_LOGGED_IN, refused.exitCode(), refused::toString);
		assertTrue(refused.out().isEmpty(), "no reminders for a disabled account: " + refused.out());
		assertEquals(ExitCodes.OK, enable.exitCode(), enable::toString);
		assertEquals(ExitCodes.OK, again.exitCode(), again::toString);
		assertEquals(ExitCodes.OK, remove.exitCode(), remove::toString);
		assertTrue(users.user(name).isEmpty());
		assertEquals(ExitCodes.NOT_LOGGED_IN, gone.exitCode(), gone::toString);
		List<String> actions = Services.get(AuditLog.class)
				.find(new AuditQuery(null, "user.", "user", name, null, null, 50), Services.TESTER).stream()
				.filter(e -> e.actor().equals(DemoAccounts.ADMIN)).map(AuditEntry::action).toList();
		assertTrue(actions.containsAll(List.of("user.add", "user.disable", "user.enable", "user.remove")),
				"audited under the administrator's account: " + actions);
	}

	@Test
	void theLastAdministratorCannotBeDisabledAndNobodyRemovesTheirOwnAccount() {
		Cli.Result disable = Cli.run("users", "disable", DemoAccounts.ADMIN);
		Cli.Result remove = Cli.run("users", "remove", DemoAccounts.ADMIN);

		assertEquals(ExitCodes.REJECTED, disable.exitCode(), disable::toString);
		assertEquals(ExitCodes.REJECTED, remove.exitCode(), remove::toString);
		assertTrue(Services.get(UserService.class).user(DemoAccounts.ADMIN).orElseThrow().enabled());
	}
}
