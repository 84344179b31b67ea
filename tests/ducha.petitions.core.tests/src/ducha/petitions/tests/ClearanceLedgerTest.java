package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.demo.DemoAccounts;
import ducha.core.documents.NumberingService;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.spi.ArchiveEntry;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.petitions.Clearance;
import ducha.petitions.Conclusion;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * The 澄清正名台账 ({@code petitions.clearances}): a court brings its past years' clearances, which count in the
 * report and the archive as if given in the workbench, and the notices issued afterwards follow their numbers.
 */
class ClearanceLedgerTest {

	private static final String KIND = "petitions.clearances";
	private static final String HEADER = "信访件编号,澄清干警工号,澄清日期,澄清内容,通知书编号\n";

	private final PetitionService petitions = Osgi.service(PetitionService.class);

	@TempDir
	Path folder;

	@Test
	void aPastYearOfClearancesCountsInTheReportAndTheNextNoticeFollowsTheHighestNumber() throws Exception {
		int year = 2011;
		PastYear.empty("petition_clearance", "cleared_on", year);
		List<String> judges = Court.judges(4);
		Petition p1 = PastYear.concluded(LocalDate.of(year, 2, 1), judges.subList(0, 2), Conclusion.UNFOUNDED,
				LocalDate.of(year, 3, 1));
		Petition p2 = PastYear.concluded(LocalDate.of(year, 2, 8), judges.subList(2, 3),
				Conclusion.FALSE_OR_MALICIOUS, LocalDate.of(year, 3, 2));
		assertEquals(0L, figures(Period.year(year)).get("petitions.cleared_staff"));
		// above whatever an earlier run of the tests left in the year's numbering
		int high = Osgi.service(NumberingService.class).lastIssued(Clearance.NOTICE_KIND, year) + 5;

		Path file = PastYear.write(folder, "澄清正名台账.csv", HEADER
				+ p1.number() + "," + judges.get(0) + ",2011-03-10,经核查反映问题不实，予以澄清正名。," + year + "年第" + high + "期\n"
				+ p1.number() + "," + judges.get(1) + ",2011/3/10,经核查反映问题不实，予以澄清正名。,\n"
				+ p2.number() + "," + judges.get(2) + ",2011年3月15日,系诬告陷害，予以澄清。," + year + "年第" + (high - 2) + "期\n");
		LedgerImportResult result = PastYear.importFile(KIND, file, Court.director());
		assertEquals(3, result.inserted());

		assertEquals(3L, figures(Period.year(year)).get("petitions.cleared_staff"));
		assertEquals(1L, figures(Period.of(LocalDate.of(year, 3, 11), LocalDate.of(year, 12, 31)))
				.get("petitions.cleared_staff"), "counted by the day of the clearance");
		List<ArchiveEntry> archive = Osgi.petitionsArchive().entries(judges.get(2), Period.year(year),
				Court.director());
		assertTrue(archive.stream().anyMatch(e -> e.kind().equals("petitions.clearance")
				&& e.date().equals(LocalDate.of(year, 3, 15))), archive::toString);
		Map<String, String> notices = petitions.clearances(p1.number(), Court.leader()).stream()
				.collect(Collectors.toMap(Clearance::staffNo, c -> String.valueOf(c.noticeNumber())));
		assertEquals(Map.of(judges.get(0), year + "年第" + high + "期", judges.get(1), "null"), notices);

		LedgerImportResult again = PastYear.importFile(KIND, file, Court.director());
		assertEquals(List.of(0, 3), List.of(again.inserted(), again.updated()), "keyed by 信访件编号 + 工号");
		assertEquals(3L, figures(Period.year(year)).get("petitions.cleared_staff"));

		Petition p3 = PastYear.concluded(LocalDate.of(year, 5, 4), judges.subList(3, 4), Conclusion.UNFOUNDED,
				LocalDate.of(year, 6, 1));
		Clearance inWorkbench = petitions.clear(p3.number(), judges.get(3), "予以澄清正名", LocalDate.of(year, 6, 8),
				Court.supervisor());
		assertEquals(year + "年第" + (high + 1) + "期",
				petitions.issueClearanceNotice(inWorkbench.id(), Court.supervisor()).number(),
				"the next notice follows the highest number imported");
		assertEquals(4L, figures(Period.year(year)).get("petitions.cleared_staff"));
	}

	@Test
	void anExportImportedIntoAnEmptyYearExportsTheSame() throws Exception {
		int year = 2012;
		PastYear.empty("petition_clearance", "cleared_on", year);
		List<String> judges = Court.judges(3);
		Petition p = PastYear.concluded(LocalDate.of(year, 4, 1), judges, Conclusion.UNFOUNDED,
				LocalDate.of(year, 5, 2));
		int high = Osgi.service(NumberingService.class).lastIssued(Clearance.NOTICE_KIND, year) + 3;
		PastYear.importFile(KIND, PastYear.write(folder, "in.csv", HEADER
				+ p.number() + "," + judges.get(0) + ",2012-05-10,\"经核查，反映问题不实，\n予以澄清正名。\"," + year + "年第" + high + "期\n"
				+ p.number() + "," + judges.get(1) + ",2012-05-10,予以澄清。,\n"
				+ p.number() + "," + judges.get(2) + ",2012-05-11,予以澄清。,\n"), Court.director());
		LedgerService ledgers = Osgi.service(LedgerService.class);
		Path first = folder.resolve("first.csv");
		int exported = ledgers.exportFile(KIND, first, Court.director());

		PastYear.empty("petition_clearance", "cleared_on", year);
		LedgerImportResult back = PastYear.importFile(KIND, first, Court.director());
		assertEquals(List.of(3, exported - 3), List.of(back.inserted(), back.updated()));
		Path second = folder.resolve("second.csv");
		assertEquals(exported, ledgers.exportFile(KIND, second, Court.director()));
		assertEquals(Files.readAllLines(first, StandardCharsets.UTF_8), Files.readAllLines(second, StandardCharsets.UTF_8));
		assertTrue(PastYear.rows(KIND, Court.director()).contains(List.of(p.number(), judges.get(0), "2012-05-10",
				"经核查，反映问题不实，\n予以澄清正名。", year + "年第" + high + "期")));
	}

	@Test
	void badRowsAreNamedByFileRowAndColumnAndNothingIsStored() throws Exception {
		int year = 2013;
		PastYear.empty("petition_clearance", "cleared_on", year);
		List<String> judges = Court.judges(3);
		Petition cleared = PastYear.concluded(LocalDate.of(year, 1, 7), judges.subList(0, 2), Conclusion.UNFOUNDED,
				LocalDate.of(year, 2, 1));
		Petition founded = PastYear.concluded(LocalDate.of(year, 1, 8), judges.subList(2, 3),
				Conclusion.SUBSTANTIATED, LocalDate.of(year, 2, 1));
		Petition aboutTheSupervisor = PastYear.concluded(LocalDate.of(year, 1, 9),
				List.of(Court.supervisor().staffNo()), Conclusion.UNFOUNDED, LocalDate.of(year, 2, 1),
				DemoAccounts.DIRECTOR);
		List<List<String>> before = PastYear.rows(KIND, Court.director());

		LedgerValidationException rejected = assertThrows(LedgerValidationException.class,
				() -> PastYear.importFile(KIND, PastYear.write(folder, "bad.csv", HEADER
						+ cleared.number() + "," + judges.get(0) + ",2013-02-10,予以澄清。,\n"
						+ "XF1999-999," + judges.get(0) + ",2013-02-10,予以澄清。,\n"
						+ cleared.number() + ",88888,2013-02-10,予以澄清。,\n"
						+ "XF1999-998," + judges.get(1) + ",2013-13-01,予以澄清。,\n"
						+ cleared.number() + "," + judges.get(2) + ",2013-02-10,予以澄清。,\n"
						+ founded.number() + "," + judges.get(2) + ",2013-02-10,予以澄清。,\n"
						+ aboutTheSupervisor.number() + "," + Court.supervisor().staffNo() + ",2013-01-20,予以澄清。,\n"
						+ cleared.number() + "," + judges.get(0) + ",2013-02-11,又一次。,\n"
						+ cleared.number() + "," + judges.get(1) + ",2013-02-10,予以澄清。,2012年第1期\n"), Court.director()));
		assertEquals(List.of("bad.csv:3:信访件编号", "bad.csv:4:澄清干警工号", "bad.csv:5:澄清日期", "bad.csv:6:澄清干警工号",
				"bad.csv:7:信访件编号", "bad.csv:8:澄清日期", "bad.csv:9:澄清干警工号", "bad.csv:10:通知书编号"),
				PastYear.located(rejected));
		String message = rejected.getMessage();
		assertTrue(message.contains("XF1999-999") && message.contains("88888") && message.contains("2013-13-01"),
				message);
		assertEquals(before, PastYear.rows(KIND, Court.director()), "nothing of a rejected file is stored");
		assertEquals(0L, figures(Period.year(year)).get("petitions.cleared_staff"));

		LedgerValidationException hidden = assertThrows(LedgerValidationException.class,
				() -> PastYear.importFile(KIND, PastYear.write(folder, "own.csv", HEADER
						+ aboutTheSupervisor.number() + "," + Court.supervisor().staffNo() + ",2013-02-10,予以澄清。,\n"
						+ "XF1999-999," + judges.get(0) + ",2013-02-10,予以澄清。,\n"), Court.supervisor()));
		assertEquals(List.of("own.csv:2:信访件编号", "own.csv:3:信访件编号"), PastYear.located(hidden));
		assertEquals(hidden.ledgerProblems().get(0).reason().replace(aboutTheSupervisor.number(), "?"),
				hidden.ledgerProblems().get(1).reason().replace("XF1999-999", "?"),
				"a petition naming the importer is refused as if it did not exist");
	}

	@Test
	void noticeNumbersAreOncePerYearAndAnIssuedOneIsKept() throws Exception {
		int year = 2014;
		PastYear.empty("petition_clearance", "cleared_on", year);
		List<String> judges = Court.judges(2);
		Petition p = PastYear.concluded(LocalDate.of(year, 1, 7), judges, Conclusion.UNFOUNDED,
				LocalDate.of(year, 2, 1));
		int n = Osgi.service(NumberingService.class).lastIssued(Clearance.NOTICE_KIND, year) + 3;
		Path file = PastYear.write(folder, "notices.csv", HEADER
				+ p.number() + "," + judges.get(0) + ",2014-02-10,予以澄清。," + year + "年第" + n + "期\n"
				+ p.number() + "," + judges.get(1) + ",2014-02-10,予以澄清。,\n");
		PastYear.importFile(KIND, file, Court.director());

		LedgerValidationException rejected = assertThrows(LedgerValidationException.class,
				() -> PastYear.importFile(KIND, PastYear.write(folder, "renumbered.csv", HEADER
						+ p.number() + "," + judges.get(0) + ",2014-02-10,予以澄清。," + year + "年第" + (n + 1) + "期\n"
						+ p.number() + "," + judges.get(1) + ",2014-02-10,予以澄清。," + year + "年第" + n + "期\n"),
						Court.director()));
		assertEquals(List.of("renumbered.csv:2:通知书编号", "renumbered.csv:3:通知书编号"), PastYear.located(rejected));
		LedgerValidationException twice = assertThrows(LedgerValidationException.class,
				() -> PastYear.importFile(KIND, PastYear.write(folder, "twice.csv", HEADER
						+ p.number() + "," + judges.get(1) + ",2014-02-10,予以澄清。," + year + "年第" + (n + 1) + "期\n"
						+ p.number() + "," + judges.get(0) + ",2014-02-10,予以澄清。," + year + "年第" + (n + 1) + "期\n"
						+ p.number() + "," + judges.get(0) + ",2014-02-10,予以澄清。,第一期\n"), Court.director()));
		assertEquals(List.of("twice.csv:3:通知书编号", "twice.csv:4:通知书编号", "twice.csv:4:澄清干警工号"),
				PastYear.located(twice));

		LedgerImportResult emptyKeeps = PastYear.importFile(KIND, PastYear.write(folder, "keeps.csv", HEADER
				+ p.number() + "," + judges.get(0) + ",2014-02-12,改写的澄清内容。,\n"), Court.director());
		assertEquals(1, emptyKeeps.updated());
		Clearance kept = petitions.clearances(p.number(), Court.director()).stream()
				.filter(c -> c.staffNo().equals(judges.get(0))).findFirst().orElseThrow();
		assertEquals(List.of(year + "年第" + n + "期", LocalDate.of(year, 2, 12), "改写的澄清内容。"),
				List.of(kept.noticeNumber(), kept.clearedOn(), kept.statement()));
	}

	@Test
	void handlersImportLeadersExportAndNoFileNamesTheReporter() throws Exception {
		int year = 2015;
		PastYear.empty("petition_clearance", "cleared_on", year);
		String judge = Court.judges(1).get(0);
		Reporter reporter = Court.uniqueReporter();
		Petition registered = Court.register(reporter, LocalDate.of(year, 3, 4), List.of(judge));
		petitions.assign(registered.number(), Court.seen(registered.number()), List.of(DemoAccounts.SUPERVISOR),
				Court.director());
		petitions.startVerification(registered.number(), Court.seen(registered.number()), Court.supervisor());
		petitions.conclude(registered.number(), Court.seen(registered.number()), Conclusion.FALSE_OR_MALICIOUS,
				"核查情况", LocalDate.of(year, 4, 1), Court.supervisor());
		Path file = PastYear.write(folder, "c.csv",
				HEADER + registered.number() + "," + judge + ",2015-04-09,予以澄清。,\n");

		assertThrows(AccessDeniedException.class, () -> PastYear.importFile(KIND, file, Court.leader()));
		assertThrows(AccessDeniedException.class,
				() -> PastYear.importFile(KIND, file, Court.login(DemoAccounts.POLITICAL)));
		assertEquals(1, PastYear.importFile(KIND, file, Court.supervisor()).inserted(), "the petition's handler");

		Path out = folder.resolve("out.csv");
		Osgi.service(LedgerService.class).exportFile(KIND, out, Court.leader());
		String exported = Files.readString(out, StandardCharsets.UTF_8);
		assertTrue(exported.contains(registered.number() + "," + judge + ",2015-04-09"), exported);
		assertFalse(exported.contains(reporter.name()) || exported.contains(reporter.contact()), exported);
		assertThrows(AccessDeniedException.class, () -> PastYear.rows(KIND, Court.login(DemoAccounts.POLITICAL)));
	}

	private static Map<String, Long> figures(Period period) {
		Osgi.service(PetitionService.class);
		return Osgi.service(ReportSection.class).figures(period).stream()
				.collect(Collectors.toMap(ReportFigure::key, ReportFigure::value));
	}
}
