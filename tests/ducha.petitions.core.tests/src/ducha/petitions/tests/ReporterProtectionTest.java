package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.demo.DemoAccounts;
import ducha.core.ledger.LedgerService;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.petitions.Conclusion;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/** The reporter's identity reaches no one but the assigned handlers and the office director, and each read is audited. */
class ReporterProtectionTest {

	private PetitionService petitions;
	private Reporter reporter;
	private Petition petition;

	@BeforeEach
	void registerAPetitionAssignedToTheSupervisor() {
		petitions = Osgi.service(PetitionService.class);
		reporter = Court.uniqueReporter();
		petition = Court.register(reporter, LocalDate.now(), Court.judges(1));
		petitions.assign(petition.number(), Court.seen(petition.number()), List.of(DemoAccounts.SUPERVISOR),
				Court.director());
	}

	@Test
	void everyViewShowsTheReporterAsProtected() {
		assertEquals(Petition.PROTECTED, petitions.get(petition.number(), Court.leader()).reporter());
		assertEquals(Petition.PROTECTED, petitions.get(petition.number(), Court.supervisor()).reporter());
		assertTrue(petitions.list(Court.ADMIN).stream().anyMatch(p -> p.number().equals(petition.number())
				&& p.reporter().equals(Petition.PROTECTED)));
	}

	@Test
	void aUserWithoutTheHandlerRoleCannotRevealTheReporter() {
		for (Principal outsider : List.of(Court.leader(), Court.ADMIN)) {
			assertThrows(AccessDeniedException.class,
					() -> petitions.revealReporter(petition.number(), "核查需要", outsider), outsider.username());
			assertFalse(petitions.mayRevealReporter(petition.number(), outsider));
		}
		assertThrows(AccessDeniedException.class,
				() -> petitions.revealReporter(petition.number(), "核查需要", Court.login(DemoAccounts.POLITICAL)));
	}

	@Test
	void theAssignedHandlerAndTheOfficeDirectorRevealItWithAReason() {
		assertEquals(reporter, petitions.revealReporter(petition.number(), "需电话联系举报人补充材料", Court.supervisor()));
		assertEquals(reporter, petitions.revealReporter(petition.number(), "审批核查方案", Court.director()));
		assertThrows(ducha.core.ValidationException.class,
				() -> petitions.revealReporter(petition.number(), " ", Court.supervisor()));
	}

	@Test
	void everyIdentityAccessIsAuditedWithItsReasonAndEveryRefusalToo() {
		petitions.revealReporter(petition.number(), "需电话联系举报人补充材料", Court.supervisor());
		assertThrows(AccessDeniedException.class,
				() -> petitions.revealReporter(petition.number(), "好奇", Court.leader()));

		List<AuditEntry> entries = Osgi.service(AuditLog.class).find(new AuditQuery(null, "petition.reporter", "petition",
				petition.number(), null, null, 0), Court.ADMIN);
		assertEquals(2, entries.size(), entries::toString);
		assertTrue(entries.stream().anyMatch(e -> e.action().equals("petition.reporter.read")
				&& e.actor().equals(DemoAccounts.SUPERVISOR)));
		// the reason may name the reporter: the log keeps it sealed with the petition's key ...
		assertTrue(entries.stream().noneMatch(e -> e.detail() != null && e.detail().contains("补充材料")), entries::toString);
		// ... and those who may open the petition read it
		assertTrue(petitions.confidentialReads(petition.number(), Court.director()).stream()
				.anyMatch(r -> r.account().equals(DemoAccounts.SUPERVISOR) && r.reason().equals("需电话联系举报人补充材料")));
		assertTrue(entries.stream().anyMatch(e -> e.action().equals("petition.reporter.denied")
				&& e.actor().equals(DemoAccounts.LEADER)));
		assertTrue(entries.stream().noneMatch(e -> e.detail() != null && e.detail().contains(reporter.name())));
	}

	@Test
	void aLedgerExportCarriesNoReporterForAnyoneNotEvenTheHandler(@TempDir Path folder) throws Exception {
		for (Principal reader : List.of(Court.leader(), Court.supervisor(), Court.director())) {
			Path file = folder.resolve(reader.username() + ".csv");
			Osgi.service(LedgerService.class).exportFile("petitions", file, reader);
			String text = Files.readString(file, StandardCharsets.UTF_8);
			assertTrue(text.contains(petition.number()), text);
			assertFalse(text.contains(reporter.name()) || text.contains(reporter.contact()), text);
			assertTrue(text.contains(Petition.PROTECTED));
		}
	}

	@Test
	void theArchiveNeverCarriesTheReporter() {
		String staffNo = petition.reportedStaff().get(0);
		petitions.startVerification(petition.number(), Court.seen(petition.number()), Court.supervisor());
		petitions.conclude(petition.number(), Court.seen(petition.number()), Conclusion.SUBSTANTIATED, "属实",
				LocalDate.now(), Court.supervisor());
		List<ArchiveEntry> entries = archive().entries(staffNo, Period.year(LocalDate.now().getYear()),
				Court.director());
		assertFalse(entries.isEmpty());
		assertTrue(entries.stream().noneMatch(e -> (e.title() + e.detail()).contains(reporter.name())));
	}

	@Test
	void theCommandLineShowsTheReporterOnlyToALoggedInHandler() {
		Cli.Result list = Cli.run("petitions", "list");
		assertEquals(0, list.exitCode(), list::toString);
		assertTrue(list.out().contains(petition.number()), list::toString);
		assertFalse(list.out().contains(reporter.name()));

		Cli.Result show = Cli.run("petitions", "show", petition.number());
		assertEquals(0, show.exitCode(), show::toString);
		assertTrue(show.out().contains(Petition.PROTECTED));
		assertFalse(show.out().contains(reporter.name()));

		Cli.Result operator = Cli.run("petitions", "reveal", petition.number(), "--reason", "查看");
		assertEquals(4, operator.exitCode(), operator::toString);
		assertFalse((operator.out() + operator.err()).contains(reporter.name()));

		Cli.Result leader = Cli.as(DemoAccounts.LEADER, DemoAccounts.PASSWORD, "petitions", "reveal",
				petition.number(), "--reason", "查看");
		assertEquals(4, leader.exitCode(), leader::toString);
		assertFalse((leader.out() + leader.err()).contains(reporter.name()));

		Cli.Result handler = Cli.as(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD, "petitions", "reveal",
				petition.number(), "--reason", "联系举报人");
		assertEquals(0, handler.exitCode(), handler::toString);
		assertTrue(handler.out().contains(reporter.name()) && handler.out().contains(reporter.contact()));

		Cli.Result reads = Cli.as(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD, "petitions", "reads",
				petition.number());
		assertEquals(0, reads.exitCode(), reads::toString);
		assertTrue(reads.out().contains(DemoAccounts.SUPERVISOR) && reads.out().contains("联系举报人"), reads::toString);
		Cli.Result leaderReads = Cli.as(DemoAccounts.LEADER, DemoAccounts.PASSWORD, "petitions", "reads",
				petition.number());
		assertEquals(4, leaderReads.exitCode(), leaderReads::toString);
	}

	@Test
	void theDatabaseHoldsTheReporterOnlyEncrypted() throws Exception {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement("select * from petition where petition_no = ?")) {
			s.setString(1, petition.number());
			try (ResultSet rs = s.executeQuery()) {
				assertTrue(rs.next());
				ResultSetMetaData meta = rs.getMetaData();
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					row.append(rs.getString(i)).append('|');
				}
				String sealed = rs.getString("reporter_sealed");
				assertTrue(sealed != null && sealed.startsWith("v2:"), sealed);
				assertFalse(row.toString().contains(reporter.name()), row::toString);
				assertFalse(row.toString().contains(reporter.contact()), row::toString);
			}
		}
		// its key is in the database only wrapped, for those who may reveal it: no key in clear anywhere
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement("select k.holder, k.wrapped from petition_key k"
						+ " join petition p on p.id = k.petition_id where p.petition_no = ?")) {
			s.setString(1, petition.number());
			Set<String> holders = new HashSet<>();
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					holders.add(rs.getString(1));
					assertTrue(Base64.getDecoder().decode(rs.getString(2)).length > 32, "wrapped, not a bare key");
				}
			}
			assertTrue(holders.containsAll(Set.of(DemoAccounts.SUPERVISOR, DemoAccounts.DIRECTOR)), holders::toString);
			assertFalse(holders.contains(DemoAccounts.LEADER) || holders.contains(DemoAccounts.ADMIN),
					holders::toString);
		}
	}

	private static ArchiveContributor archive() {
		return Osgi.petitionsArchive();
	}
}
