package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.directory.DirectoryService;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.petitions.Petition;
import ducha.petitions.Reception;
import ducha.petitions.ReceptionDay;
import ducha.petitions.ReceptionService;
import ducha.petitions.Reporter;

/** 信访接待日: every Wednesday of a month, and the log of who received whom. */
class ReceptionCalendarTest {

	private final ReceptionService receptions = Osgi.service(ReceptionService.class);

	@Test
	void theReceptionDaysAreTheWednesdaysInsideThePeriodBothEndsIncluded() {
		assertEquals(days(2026, 11, 4, 11, 18, 25), receptions.receptionDays(Period.month(YearMonth.of(2026, 11))));
		assertEquals(days(2026, 7, 1, 8, 15, 22, 29), receptions.receptionDays(Period.month(YearMonth.of(2026, 7))),
				"a month that starts on a Wednesday has five");
		assertEquals(days(2026, 12, 2, 9, 16, 23, 30), receptions.receptionDays(Period.month(YearMonth.of(2026, 12))));
		assertEquals(days(2024, 2, 7, 14, 21, 28), receptions.receptionDays(Period.month(YearMonth.of(2024, 2))));
		assertEquals(days(2026, 11, 4),
				receptions.receptionDays(Period.of(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 4))));
		assertEquals(List.of(),
				receptions.receptionDays(Period.of(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 10))));
	}

	@Test
	void theCalendarListsEveryWednesdayAndTheLoggedReceptionsWithTheReceiversName() {
		String receiver = Court.judges(4).get(3);
		String note = "接待来访群众，反映执行问题 " + UUID.randomUUID();
		Reception wednesday = receptions.record(LocalDate.of(2009, 4, 1), receiver, null, note, Court.supervisor());
		Reception friday = receptions.record(LocalDate.of(2009, 4, 3), receiver, null, note, Court.supervisor());

		List<ReceptionDay> april = receptions.calendar(YearMonth.of(2009, 4), Court.director());

		assertEquals(List.of(LocalDate.of(2009, 4, 1), LocalDate.of(2009, 4, 3), LocalDate.of(2009, 4, 8),
				LocalDate.of(2009, 4, 15), LocalDate.of(2009, 4, 22), LocalDate.of(2009, 4, 29)),
				april.stream().map(ReceptionDay::day).toList());
		assertEquals(List.of(true, false, true, true, true, true),
				april.stream().map(ReceptionDay::receptionDay).toList());
		assertTrue(april.get(0).receptions().contains(wednesday), april::toString);
		assertTrue(april.get(1).receptions().contains(friday), april::toString);
		String name = Osgi.service(DirectoryService.class).staff(receiver).orElseThrow().name();
		assertEquals(name, wednesday.receiverName());
		assertTrue(april.get(2).receptions().stream().noneMatch(r -> note.equals(r.note())));
	}

	@Test
	void aStaffMemberTheLinkedPetitionNamesSeesTheReceptionButNotThePetition() {
		Principal leader = Court.leader();
		Petition aboutTheLeader = Court.register(Reporter.ANONYMOUS, LocalDate.of(2009, 5, 6),
				List.of(leader.staffNo()));
		Reception r = receptions.record(LocalDate.of(2009, 5, 6), Court.judges(1).get(0), aboutTheLeader.number(),
				"来访 " + UUID.randomUUID(), Court.director());

		assertEquals(aboutTheLeader.number(), find(r, Court.director()).petitionNumber());
		assertNull(find(r, leader).petitionNumber());
	}

	@Test
	void onlyAHandlerLogsAReceptionAndTheReceiverMustBeKnownStaff() {
		String judge = Court.judges(1).get(0);
		assertThrows(AccessDeniedException.class,
				() -> receptions.record(LocalDate.of(2009, 6, 3), judge, null, "", Court.leader()));
		assertThrows(ValidationException.class,
				() -> receptions.record(LocalDate.of(2009, 6, 3), "不存在的工号", null, "", Court.supervisor()));
		assertThrows(AccessDeniedException.class,
				() -> receptions.calendar(YearMonth.of(2009, 6), Court.login(ducha.core.demo.DemoAccounts.STAFF)));
	}

	@Test
	void theCommandLinePrintsTheMonthAndRefusesAMalformedMonth() {
		String receiver = Court.judges(2).get(1);
		String note = "命令行 " + UUID.randomUUID();
		receptions.record(LocalDate.of(2009, 7, 15), receiver, null, note, Court.supervisor());
		String name = Osgi.service(DirectoryService.class).staff(receiver).orElseThrow().name();

		Cli.Result july = Cli.run("petitions", "reception", "--month", "2009-07");

		assertEquals(0, july.exitCode(), july::toString);
		assertTrue(july.out().contains("信访接待日 2009年7月"), july::toString);
		for (String wednesday : List.of("2009-07-01\t周三", "2009-07-08\t周三", "2009-07-22\t周三", "2009-07-29\t周三")) {
			assertTrue(july.out().contains(wednesday), july::toString);
		}
		assertTrue(july.out().contains("2009-07-15\t周三\t" + name + "（" + receiver + "）\t\t" + note), july::toString);

		Cli.Result bad = Cli.run("petitions", "reception", "--month", "2009/07");
		assertNotEquals(0, bad.exitCode());
		assertTrue(bad.err().contains("--month"), bad::toString);
	}

	private Reception find(Reception logged, Principal viewer) {
		return receptions.log(Period.of(logged.day(), logged.day()), viewer).stream()
				.filter(r -> r.id() == logged.id()).findFirst().orElseThrow();
	}

	private static List<LocalDate> days(int year, int month, int... days) {
		return java.util.Arrays.stream(days).mapToObj(d -> LocalDate.of(year, month, d)).toList();
	}
}
