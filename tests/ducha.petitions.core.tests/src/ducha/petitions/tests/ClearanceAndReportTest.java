package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.demo.DemoAccounts;
import ducha.core.directory.DirectoryService;
import ducha.core.period.Period;
import ducha.core.spi.ArchiveEntry;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.petitions.Clearance;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

class ClearanceAndReportTest {

	private final PetitionService petitions = Osgi.service(PetitionService.class);

	@Test
	void aClearanceGoesIntoTheArchiveAndTheClearedStaffCount() {
		LocalDate received = LocalDate.of(2003, 3, 5);
		List<String> accused = Court.judges(5).subList(3, 5);
		Reporter reporter = Court.uniqueReporter();
		Petition p = Court.register(reporter, received, accused);
		verify(p, Conclusion.FALSE_OR_MALICIOUS, LocalDate.of(2003, 4, 1));
		Period year = Period.year(2003);
		assertEquals(0, figures(year).get("petitions.cleared_staff"));

		Clearance first = petitions.clear(p.number(), accused.get(0), "予以澄清正名", LocalDate.of(2003, 4, 8),
				Court.supervisor());
		petitions.clear(p.number(), accused.get(1), "予以澄清正名", LocalDate.of(2003, 4, 8), Court.director());
		assertThrows(ValidationException.class, () -> petitions.clear(p.number(), accused.get(0), "再次",
				LocalDate.of(2003, 4, 9), Court.director()), "once per person and petition");

		assertEquals(2, figures(year).get("petitions.cleared_staff"));
		List<ArchiveEntry> entries = Osgi.petitionsArchive().entries(accused.get(0), year, Court.director());
		assertTrue(entries.stream().anyMatch(e -> e.kind().equals("petitions.clearance")
				&& e.date().equals(LocalDate.of(2003, 4, 8))), entries::toString);

		String notice = petitions.clearanceNotice(first.id(), Court.director());
		String name = Osgi.service(DirectoryService.class).staff(accused.get(0)).orElseThrow().name();
		assertTrue(notice.startsWith("不实信访举报澄清通知书") && notice.contains(name) && notice.contains("诬告陷害"), notice);
		assertFalse(notice.contains(reporter.name()));
	}

	@Test
	void onlyAReportFoundUntrueCanBeCleared() {
		String judge = Court.judges(1).get(0);
		Petition p = Court.register(Reporter.ANONYMOUS, LocalDate.of(2004, 2, 2), List.of(judge));
		verify(p, Conclusion.PARTLY_SUBSTANTIATED, LocalDate.of(2004, 3, 1));
		assertThrows(ValidationException.class,
				() -> petitions.clear(p.number(), judge, "澄清", LocalDate.of(2004, 3, 2), Court.director()));
	}

	@Test
	void theReportSectionCountsOverThePeriodWithExactlyTheContractKeys() {
		List<String> judges = Court.judges(2);
		Petition early = Court.register(Reporter.ANONYMOUS, LocalDate.of(2001, 1, 1), judges.subList(0, 1));
		Petition disposedLate = Court.register(Reporter.ANONYMOUS, LocalDate.of(2001, 12, 20), judges.subList(1, 2));
		Petition open = Court.register(Reporter.ANONYMOUS, LocalDate.of(2001, 12, 31), judges.subList(0, 1));
		Petition nextYear = Court.register(Reporter.ANONYMOUS, LocalDate.of(2002, 1, 1), judges.subList(0, 1));
		verify(early, Conclusion.UNFOUNDED, LocalDate.of(2001, 2, 1));
		petitions.dispose(early.number(), Court.seen(early.number()), Disposition.NO_ACTION, "", LocalDate.of(2001, 2,
				3), Court.director());
		petitions.clear(early.number(), judges.get(0), "澄清", LocalDate.of(2001, 12, 31), Court.director());
		verify(disposedLate, Conclusion.UNFOUNDED, LocalDate.of(2001, 12, 30));
		petitions.dispose(disposedLate.number(), Court.seen(disposedLate.number()), Disposition.NO_ACTION, "",
				LocalDate.of(2002, 1, 5),
				Court.director());
		petitions.clear(disposedLate.number(), judges.get(1), "澄清", LocalDate.of(2002, 1, 6), Court.director());
		verify(nextYear, Conclusion.UNFOUNDED, LocalDate.of(2002, 1, 10));
		petitions.dispose(nextYear.number(), Court.seen(nextYear.number()), Disposition.NO_ACTION, "",
				LocalDate.of(2002, 1, 11), Court.director());
		assertEquals(open.receivedOn(), LocalDate.of(2001, 12, 31));

		ReportSection section = section();
		assertEquals("petitions", section.section());
		List<ReportFigure> figures2001 = section.figures(Period.year(2001));
		assertEquals(List.of("petitions.received", "petitions.disposed", "petitions.cleared_staff"),
				figures2001.stream().map(ReportFigure::key).toList());
		assertEquals(Map.of("petitions.received", 3L, "petitions.disposed", 1L, "petitions.cleared_staff", 1L),
				figures(Period.year(2001)));
		assertEquals(Map.of("petitions.received", 1L, "petitions.disposed", 1L, "petitions.cleared_staff", 1L),
				figures(Period.year(2002)));
		assertEquals(Map.of("petitions.received", 4L, "petitions.disposed", 3L, "petitions.cleared_staff", 2L),
				figures(Period.of(LocalDate.of(2001, 1, 1), LocalDate.of(2002, 12, 31))));
		assertEquals(Map.of("petitions.received", 1L, "petitions.disposed", 0L, "petitions.cleared_staff", 0L),
				figures(Period.of(LocalDate.of(2001, 12, 20), LocalDate.of(2001, 12, 20))),
				"both ends inclusive; disposed only by the end of the period");
	}

	@Test
	void theDemoYearShowsFourReceivedFourDisposedAndTwoCleared() {
		Court.ensureSeeded();
		int lastYear = LocalDate.now().getYear() - 1;
		assertEquals(Map.of("petitions.received", 4L, "petitions.disposed", 4L, "petitions.cleared_staff", 2L),
				figures(Period.year(lastYear)));
	}

	private void verify(Petition p, Conclusion conclusion, LocalDate on) {
		petitions.assign(p.number(), Court.seen(p.number()), List.of(DemoAccounts.SUPERVISOR), Court.director());
		petitions.startVerification(p.number(), Court.seen(p.number()), Court.supervisor());
		petitions.conclude(p.number(), Court.seen(p.number()), conclusion, "核查情况", on, Court.supervisor());
	}

	private static ReportSection section() {
		Osgi.service(PetitionService.class);
		return Osgi.service(ReportSection.class);
	}

	private static Map<String, Long> figures(Period period) {
		return section().figures(period).stream()
				.collect(Collectors.toMap(ReportFigure::key, ReportFigure::value));
	}
}
