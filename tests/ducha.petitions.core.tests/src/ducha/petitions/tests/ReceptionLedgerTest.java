package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.demo.DemoAccounts;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.petitions.Petition;
import ducha.petitions.Reception;
import ducha.petitions.ReceptionDay;
import ducha.petitions.ReceptionService;
import ducha.petitions.Reporter;

/**
 * The 接访日台账 ({@code petitions.reception-days}): a court brings its past years' reception log, which shows in the
 * calendar and counts in the performance archive (信访接待) as if logged in the workbench.
 */
class ReceptionLedgerTest {

	private static final String KIND = "petitions.reception-days";
	private static final String HEADER = "接访日期,序号,接访人工号,接访人,信访件编号,接访情况\n";

	private final ReceptionService receptions = Osgi.service(ReceptionService.class);

	@TempDir
	Path folder;

	@Test
	void aPastYearOfReceptionsShowsInTheCalendarAndCountsForItsReceivers() throws Exception {
		int year = 2016;
		PastYear.empty("reception_log", "received_on", year);
		List<String> judges = Court.judges(3);
		String leader = judges.get(0);
		String other = judges.get(1);
		Petition visit = Court.register(Reporter.ANONYMOUS, LocalDate.of(year, 3, 2), judges.subList(2, 3));
		Path file = PastYear.write(folder, "接访日台账.csv", HEADER
				+ "2016-03-02,1," + leader + "," + name(leader) + "," + visit.number() + ",接待来访群众 1 人次，登记信访件\n"
				+ "2016-03-02,2," + leader + ",,,接待来访群众 1 人次，系诉讼咨询\n"
				+ "2016/3/9,1," + other + "," + name(other) + ",,当日无来访\n"
				+ "2016年3月16日,1," + leader + ",,,\n");

		assertEquals(4, PastYear.importFile(KIND, file, Court.supervisor()).inserted());

		List<ReceptionDay> march = receptions.calendar(YearMonth.of(year, 3), Court.director());
		ReceptionDay second = march.stream().filter(d -> d.day().equals(LocalDate.of(year, 3, 2))).findFirst()
				.orElseThrow();
		assertEquals(List.of(visit.number(), "-"),
				second.receptions().stream().map(r -> r.petitionNumber() == null ? "-" : r.petitionNumber()).toList());
		assertEquals(List.of(name(leader), name(leader)), second.receptions().stream().map(Reception::receiverName)
				.toList());
		DutyContributor duties = Osgi.service(DutyContributor.class);
		Period period = Period.year(year);
		assertEquals(Set.of(new DutyCount(leader, "petitions.reception", "信访接待", "petitions", 3),
				new DutyCount(other, "petitions.reception", "信访接待", "petitions", 1)),
				Set.copyOf(duties.duties(period, Set.of(leader, other))));

		LedgerImportResult again = PastYear.importFile(KIND, file, Court.supervisor());
		assertEquals(List.of(0, 4), List.of(again.inserted(), again.updated()), "keyed by 接访日期 + 序号");
		LedgerImportResult more = PastYear.importFile(KIND, PastYear.write(folder, "more.csv", HEADER
				+ "2016-03-02,3," + other + ",,,接待来访群众 2 人次\n"
				+ "2016-03-02,2," + other + ",,,改由他人接待\n"), Court.supervisor());
		assertEquals(List.of(1, 1), List.of(more.inserted(), more.updated()));
		assertEquals(List.of(List.of("2016-03-02", "1", leader, name(leader), visit.number(), "接待来访群众 1 人次，登记信访件"),
				List.of("2016-03-02", "2", other, name(other), "", "改由他人接待"),
				List.of("2016-03-02", "3", other, name(other), "", "接待来访群众 2 人次")),
				PastYear.rows(KIND, Court.director()).stream().filter(r -> r.get(0).equals("2016-03-02")).toList());
		assertEquals(Set.of(new DutyCount(leader, "petitions.reception", "信访接待", "petitions", 2),
				new DutyCount(other, "petitions.reception", "信访接待", "petitions", 3)),
				Set.copyOf(duties.duties(period, Set.of(leader, other))));
	}

	@Test
	void anExportImportedIntoAnEmptyYearExportsTheSame() throws Exception {
		int year = 2017;
		PastYear.empty("reception_log", "received_on", year);
		String receiver = Court.judges(1).get(0);
		receptions.record(LocalDate.of(year, 5, 3), receiver, null, "接待来访群众, 1 人次", Court.supervisor());
		receptions.record(LocalDate.of(year, 5, 3), receiver, null, "", Court.supervisor());
		receptions.record(LocalDate.of(year, 5, 10), receiver, null, "当日无来访", Court.supervisor());
		LedgerService ledgers = Osgi.service(LedgerService.class);
		Path first = folder.resolve("first.csv");
		int exported = ledgers.exportFile(KIND, first, Court.director());

		PastYear.empty("reception_log", "received_on", year);
		LedgerImportResult back = PastYear.importFile(KIND, first, Court.director());
		assertEquals(List.of(3, exported - 3), List.of(back.inserted(), back.updated()));
		Path second = folder.resolve("second.csv");
		assertEquals(exported, ledgers.exportFile(KIND, second, Court.director()));
		assertEquals(Files.readAllLines(first, StandardCharsets.UTF_8), Files.readAllLines(second, StandardCharsets.UTF_8));
	}

	@Test
	void aLinkTheImporterMayNotSeeSurvivesTheirOwnExport() throws Exception {
		int year = 2018;
		PastYear.empty("reception_log", "received_on", year);
		String supervisorNo = Court.supervisor().staffNo();
		Petition aboutTheSupervisor = Court.register(Reporter.ANONYMOUS, LocalDate.of(year, 6, 6),
				List.of(supervisorNo));
		receptions.record(LocalDate.of(year, 6, 6), Court.judges(1).get(0), aboutTheSupervisor.number(), "来访",
				Court.director());
		List<List<String>> seen = PastYear.rows(KIND, Court.supervisor()).stream()
				.filter(r -> r.get(0).equals("2018-06-06")).toList();
		assertEquals("", seen.get(0).get(4), "the supervisor does not see the petition that names them");

		StringBuilder csv = new StringBuilder(HEADER);
		seen.forEach(r -> csv.append(String.join(",", r)).append('\n'));
		assertEquals(1, PastYear.importFile(KIND, PastYear.write(folder, "own.csv", csv.toString()), Court.supervisor())
				.updated());
		assertEquals(aboutTheSupervisor.number(), receptions.calendar(YearMonth.of(year, 6), Court.director()).stream()
				.flatMap(d -> d.receptions().stream()).findFirst().orElseThrow().petitionNumber());

		LedgerValidationException named = assertThrows(LedgerValidationException.class,
				() -> PastYear.importFile(KIND, PastYear.write(folder, "link.csv", HEADER + "2018-06-13,1,"
						+ supervisorNo + ",," + aboutTheSupervisor.number() + ",\n"), Court.supervisor()));
		assertEquals(List.of("link.csv:2:信访件编号"), PastYear.located(named));
	}

	@Test
	void badRowsAreNamedByFileRowAndColumnAndNothingIsStored() throws Exception {
		int year = 2019;
		PastYear.empty("reception_log", "received_on", year);
		String receiver = Court.judges(1).get(0);
		receptions.record(LocalDate.of(year, 4, 3), receiver, null, "接待", Court.supervisor());
		List<List<String>> before = PastYear.rows(KIND, Court.director());

		LedgerValidationException rejected = assertThrows(LedgerValidationException.class,
				() -> PastYear.importFile(KIND, PastYear.write(folder, "bad.csv", HEADER
						+ "2019-04-03,2," + receiver + ",,,接待\n"
						+ "2019-02-30,1," + receiver + ",,,\n"
						+ "2019-04-10,0," + receiver + ",,,\n"
						+ "2019-04-10,一," + receiver + ",,,\n"
						+ "2019-04-10,1,88888,,,\n"
						+ "2019-04-24,1," + receiver + ",不是此人,,\n"
						+ "2019-04-17,1," + receiver + ",,XF1999-999,\n"
						+ "2019-04-03,4," + receiver + ",,,\n"
						+ "2019-04-03,2," + receiver + ",,,\n"
						+ LocalDate.now().plusDays(1) + ",1," + receiver + ",,,\n"), Court.supervisor()));
		assertEquals(List.of("bad.csv:3:接访日期", "bad.csv:4:序号", "bad.csv:5:序号", "bad.csv:6:接访人工号",
				"bad.csv:7:接访人", "bad.csv:8:信访件编号", "bad.csv:9:序号", "bad.csv:10:序号", "bad.csv:11:接访日期"),
				PastYear.located(rejected));
		String message = rejected.getMessage();
		assertTrue(message.contains("88888") && message.contains("XF1999-999") && message.contains("2019-02-30"),
				message);
		assertEquals(before, PastYear.rows(KIND, Court.director()), "nothing of a rejected file is stored");
		assertEquals(1, receptions.log(Period.year(year), Court.director()).size());
	}

	@Test
	void handlersImportReadersExport() throws Exception {
		Path file = PastYear.write(folder, "r.csv", HEADER + "2019-01-02,1," + Court.judges(1).get(0) + ",,,\n");
		assertThrows(AccessDeniedException.class, () -> PastYear.importFile(KIND, file, Court.leader()));
		assertThrows(AccessDeniedException.class,
				() -> PastYear.importFile(KIND, file, Court.login(DemoAccounts.POLITICAL)));
		assertThrows(AccessDeniedException.class, () -> PastYear.rows(KIND, Court.login(DemoAccounts.POLITICAL)));
		assertTrue(PastYear.rows(KIND, Court.leader()).size() > 0, "court leaders read the reception log");
	}

	private static String name(String staffNo) {
		return Osgi.service(DirectoryService.class).staff(staffNo).orElseThrow().name();
	}
}
