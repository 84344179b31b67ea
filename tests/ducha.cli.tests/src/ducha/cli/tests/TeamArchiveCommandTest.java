package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ducha.cli.ExitCodes;
import ducha.core.demo.DemoAccounts;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.security.UserService;

/**
 * {@code ducha-cli team archive} on the demo court with every plugin installed: the performance archive counts the
 * duties the installed plugins recorded (the cases plugin's rectifications followed by the integrity supervisors) and
 * holds last year's demo evaluations; the integrity supervisor reads only their own.
 */
class TeamArchiveCommandTest {

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
		Services.awaitCommands("team", "cases");
	}

	@Test
	void theArchiveCountsTheCasesPluginsDutiesAndLastYearsEvaluation() {
		String year = String.valueOf(LocalDate.now().getYear());
		List<String> supervisors = Services.get(SupervisorService.class)
				.heldOn(SupervisorRole.INTEGRITY_SUPERVISOR, LocalDate.now()).stream()
				.map(SupervisorAssignment::staffNo).toList();
		boolean counted = false;
		StringBuilder archives = new StringBuilder();
		for (String staffNo : supervisors) {
			Cli.Result run = Cli.run("team", "archive", staffNo, "--year", year);
			assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
			counted |= run.out().contains("跟踪整改");
			archives.append(run.out());
		}
		assertTrue(counted, "no integrity supervisor's archive holds the cases plugin's follow-ups: " + archives);

		Cli.Result lastYear = Cli.run("team", "archive", supervisors.get(0), "--year",
				String.valueOf(LocalDate.now().getYear() - 1));
		assertTrue(lastYear.out().matches("(?s).*\\d{4}年\t(优秀|称职|基本称职|不称职)\t.*"), lastYear::toString);
	}

	@Test
	void theDemoIntegritySupervisorReadsOnlyTheirOwnArchive() {
		String own = Services.get(UserService.class).user(DemoAccounts.INTEGRITY).orElseThrow().staffNo();
		String other = Services.get(SupervisorService.class)
				.heldOn(SupervisorRole.INTEGRITY_SUPERVISOR, LocalDate.now()).stream()
				.map(SupervisorAssignment::staffNo).filter(s -> !s.equals(own)).findFirst().orElseThrow();
		Cli.Result mine = Cli.as(DemoAccounts.INTEGRITY, DemoAccounts.PASSWORD, "", "team", "archive", own);
		assertEquals(ExitCodes.OK, mine.exitCode(), mine::toString);
		assertEquals(ExitCodes.NOT_PERMITTED,
				Cli.as(DemoAccounts.INTEGRITY, DemoAccounts.PASSWORD, "", "team", "archive", other).exitCode());
	}
}
