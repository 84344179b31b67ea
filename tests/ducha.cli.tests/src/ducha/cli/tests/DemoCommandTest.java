package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import ducha.cli.ExitCodes;
import ducha.core.demo.DemoAccounts;
import ducha.core.demo.DemoService;
import ducha.core.directory.DirectoryService;
import ducha.core.security.UserService;

class DemoCommandTest {

	@Test
	void demoSeedsAnEmptyDatabaseWithStaffAndLoginAccounts() {
		assumeTrue(DemoCourt.wasEmptyBeforeDemo(), "the data folder holds a database of an earlier run");
		Cli.Result run = DemoCourt.demoRun();

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		assertFalse(Services.get(DemoService.class).isEmpty());
		assertTrue(Services.get(DirectoryService.class).staffCount() > 100, "about 150 demo staff");
		assertTrue(Services.get(UserService.class)
				.authenticate(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray()).isPresent());
		assertTrue(run.out().contains(DemoAccounts.PASSWORD), "the demo accounts are named: " + run.out());
	}

	@Test
	void demoRefusesADatabaseThatAlreadyHoldsDepartments() {
		DemoCourt.ensureSeeded();
		long staffBefore = Services.get(DirectoryService.class).staffCount();

		Cli.Result run = Cli.run("demo");

		assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
		assertFalse(run.err().isBlank(), "the refusal is explained");
		assertEquals(staffBefore, Services.get(DirectoryService.class).staffCount());
	}
}
