package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ducha.cli.ExitCodes;
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

		Cli.Result add = Cli.run("users", "add", name, "--roles", "STAFF,部门负责人", "--display-name", "测试账号",
				"--departments", department, "--password", "Erstes-Passwort-1");
		Cli.Result list = Cli.run("users", "list");
		Cli.Result passwd = Cli.runWithInput("Zweites-Passwort-2\n", "users", "passwd", name, "--password-stdin");

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

		Cli.Result add = Cli.run("users", "add", name, "--roles", "KAISER", "--all-departments", "--password",
				"Ein-Passwort-3");

		assertEquals(ExitCodes.REJECTED, add.exitCode(), add::toString);
		assertTrue(add.err().contains("KAISER") && add.err().contains("OFFICE_DIRECTOR"), add.err());
		assertTrue(Services.get(UserService.class).user(name).isEmpty());
	}

	@Test
	void aPasswordForAnUnknownAccountIsRejected() {
		Cli.Result passwd = Cli.run("users", "passwd", "niemand-" + StaffLedger.newStaffNo(), "--password", "x-Y-z-123");

		assertEquals(ExitCodes.REJECTED, passwd.exitCode(), passwd::toString);
	}

	@Test
	void addingWithoutAPasswordIsAUsageError() {
		Cli.Result add = Cli.run("users", "add", "ohne-passwort", "--roles", "STAFF");

		assertEquals(ExitCodes.USAGE, add.exitCode(), add::toString);
	}
}
