package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.NotFoundException;
import ducha.core.demo.DemoAccounts;
import ducha.core.ledger.LedgerService;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.petitions.Clue;
import ducha.petitions.ClueService;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;

/**
 * Leaks to a reported person: an account not linked to a 工号 cannot be told apart from the staff a petition names,
 * so it sees no petition and no clue; a supervisor does not see the screening clues about cases they handled.
 */
class UnidentifiedAccountTest {

	private static final String PASSWORD = "Kein-Gaengiges-7";

	private final PetitionService petitions = Osgi.service(PetitionService.class);
	private final UserService users = Osgi.service(UserService.class);

	@Test
	void anAccountWithoutAStaffNumberSeesNoPetitionUntilItIsLinkedToOne() {
		Petition petition = Court.register(Court.uniqueReporter(), LocalDate.now(), Court.judges(1));
		String name = "it-" + System.nanoTime() % 1_000_000;
		users.addUser(new UserAccount(name, "信息中心", null, Set.of(Role.ADMIN), DepartmentScope.ALL, true),
				PASSWORD.toCharArray(), Court.ADMIN);
		Principal it = users.authenticate(name, PASSWORD.toCharArray()).orElseThrow();

		AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> petitions.list(it));
		assertTrue(refused.getMessage().contains(name) && refused.getMessage().contains("工号"), refused::getMessage);
		assertFalse(refused.getMessage().contains("petitions.read"), refused::getMessage);
		assertThrows(NotFoundException.class, () -> petitions.get(petition.number(), it));
		assertThrows(AccessDeniedException.class, () -> Osgi.service(ClueService.class).clues(it));

		// linked to a staff member the petition does not name, the same roles see it
		UserAccount account = users.user(name).orElseThrow();
		users.updateUser(new UserAccount(name, account.displayName(), Court.unreportedStaffNo(), account.roles(),
				account.scope(), true), Court.ADMIN);
		Principal linked = users.authenticate(name, PASSWORD.toCharArray()).orElseThrow();
		assertTrue(petitions.list(linked).stream().anyMatch(p -> p.number().equals(petition.number())));

		// linked to the reported judge, it does not
		users.updateUser(new UserAccount(name, account.displayName(), petition.reportedStaff().get(0),
				account.roles(), account.scope(), true), Court.ADMIN);
		Principal reported = users.authenticate(name, PASSWORD.toCharArray()).orElseThrow();
		assertTrue(petitions.list(reported).stream().noneMatch(p -> p.number().equals(petition.number())));
	}

	@Test
	void aSupervisorDoesNotSeeTheClueAboutACaseTheyHandled(@TempDir Path folder) throws Exception {
		Principal supervisor = Court.supervisor();
		String own = supervisor.staffNo();
		String other = Court.judges(1).get(0);
		String caseOwn = "（2025）川0724民初" + (5000 + System.nanoTime() % 1000) + "号";
		String caseOther = "（2025）川0724民初" + (7000 + System.nanoTime() % 1000) + "号";
		Path ledger = folder.resolve("clues.csv");
		Files.writeString(ledger, "案号,线索类型,承办人工号,承办部门,标记日期,情况说明\n"
				+ caseOwn + ",改发案件," + own + ",,2025-03-01,二审改判\n"
				+ caseOther + ",改发案件," + other + ",,2025-03-01,二审发回\n");
		Osgi.service(LedgerService.class).importFile("petition-clues", ledger, Court.director());

		ClueService clues = Osgi.service(ClueService.class);
		List<String> seenBySupervisor = clues.clues(supervisor).stream().map(Clue::caseNumber).toList();
		assertFalse(seenBySupervisor.contains(caseOwn), seenBySupervisor::toString);
		assertTrue(seenBySupervisor.contains(caseOther));
		assertTrue(clues.clues(Court.director()).stream().map(Clue::caseNumber).toList().contains(caseOwn));

		Clue mine = clues.clues(Court.director()).stream().filter(c -> c.caseNumber().equals(caseOwn)).findFirst()
				.orElseThrow();
		assertThrows(NotFoundException.class, () -> clues.screen(mine.id(), mine.version(),
				ducha.petitions.ScreeningOutcome.NO_ISSUE, "无问题", null, LocalDate.now(), supervisor));
		assertEquals(DemoAccounts.SUPERVISOR, supervisor.username());
	}
}
