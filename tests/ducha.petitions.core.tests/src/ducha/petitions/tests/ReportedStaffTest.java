package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ducha.core.NotFoundException;
import ducha.core.demo.DemoAccounts;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveEntry;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/** The staff a petition names learn nothing of it until a conclusion is recorded, then only the conclusion. */
class ReportedStaffTest {

	@Test
	void theReportedStaffMemberSeesNothingBeforeTheConclusionThenOnlyTheConclusion() {
		PetitionService petitions = Osgi.service(PetitionService.class);
		Principal leader = Court.leader(); // may see petitions in general
		Reporter reporter = Court.uniqueReporter();
		LocalDate today = LocalDate.now();
		Petition p = Court.register(reporter, today, List.of(leader.staffNo()));
		Period year = Period.year(today.getYear());

		assertTrue(petitions.list(leader).stream().noneMatch(x -> x.number().equals(p.number())));
		assertThrows(NotFoundException.class, () -> petitions.get(p.number(), leader));
		assertThrows(NotFoundException.class, () -> petitions.revealReporter(p.number(), "?", leader));
		assertTrue(archive(leader.staffNo(), year, leader).isEmpty());
		assertTrue(archive(leader.staffNo(), year, Court.director()).isEmpty(), "nothing before the conclusion");
		assertThrows(ducha.core.ValidationException.class,
				() -> petitions.assign(p.number(), Court.seen(p.number()), List.of(DemoAccounts.LEADER),
						Court.director()));

		petitions.assign(p.number(), Court.seen(p.number()), List.of(DemoAccounts.SUPERVISOR), Court.director());
		petitions.startVerification(p.number(), Court.seen(p.number()), Court.supervisor());
		assertTrue(archive(leader.staffNo(), year, leader).isEmpty());
		petitions.conclude(p.number(), Court.seen(p.number()), Conclusion.SUBSTANTIATED, "经核查，迟到早退属实", today,
				Court.supervisor());

		List<ArchiveEntry> own = archive(leader.staffNo(), year, leader);
		assertEquals(1, own.size(), own::toString);
		ArchiveEntry entry = own.get(0);
		assertEquals("petitions.conclusion", entry.kind());
		assertTrue(entry.title().contains("属实"));
		String text = entry.title() + entry.detail();
		assertFalse(text.contains(reporter.name()) || text.contains("违规会见"), text);
		assertThrows(NotFoundException.class, () -> petitions.get(p.number(), leader), "still not the petition");

		petitions.dispose(p.number(), Court.seen(p.number()), Disposition.CRITICISM, "批评教育", today, Court.supervisor());
		assertEquals(List.of("petitions.conclusion", "petitions.disposition"),
				archive(leader.staffNo(), year, leader).stream().map(ArchiveEntry::kind).sorted().toList());
	}

	@Test
	void otherStaffDoNotSeeAnotherPersonsArchiveEntries() {
		PetitionService petitions = Osgi.service(PetitionService.class);
		String judge = Court.judges(3).get(2);
		LocalDate today = LocalDate.now();
		Petition p = Court.register(Reporter.ANONYMOUS, today, List.of(judge));
		petitions.assign(p.number(), Court.seen(p.number()), List.of(DemoAccounts.SUPERVISOR), Court.director());
		petitions.startVerification(p.number(), Court.seen(p.number()), Court.supervisor());
		petitions.conclude(p.number(), Court.seen(p.number()), Conclusion.UNFOUNDED, "不实", today, Court.supervisor());
		Period year = Period.year(today.getYear());

		assertFalse(archive(judge, year, Court.director()).isEmpty());
		assertTrue(archive(judge, year, Court.login(DemoAccounts.STAFF)).isEmpty());
	}

	private static List<ArchiveEntry> archive(String staffNo, Period period, Principal viewer) {
		return Osgi.petitionsArchive().entries(staffNo, period, viewer);
	}
}
