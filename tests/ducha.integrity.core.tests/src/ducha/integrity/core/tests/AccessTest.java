package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.directory.Staff;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.ArchiveView;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.TalkService;

class AccessTest {

	private static final ArchiveFilter YEAR = ArchiveFilter.of(Period.year(2024));

	private final IntegrityArchive archive = Osgi.service(IntegrityArchive.class);
	private final AuditLog audit = Osgi.service(AuditLog.class);
	private ServiceRegistration<ArchiveContributor> open;
	private ServiceRegistration<ArchiveContributor> confidential;

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
		open = Osgi.register(ArchiveContributor.class,
				new FakeContributor("cases", "cases.finding", "案件评查问题", LocalDate.of(2024, 3, 1)));
		confidential = Osgi.register(ArchiveContributor.class,
				new FakeContributor("petitions", "petitions.report", "信访举报", true, LocalDate.of(2024, 5, 1)));
	}

	@AfterEach
	void unregister() {
		open.unregister();
		confidential.unregister();
	}

	@Test
	void staffReadTheirOwnArchiveWithoutConfidentialEntriesAndWithoutAnAuditEntry() {
		Principal li = Court.user("li", Court.LI, Role.STAFF, "MS1");
		ArchiveView own = archive.read(Court.LI, YEAR, li);

		assertTrue(own.ownRecord());
		assertEquals(List.of("cases"), own.entries().stream().map(ArchiveEntry::source).toList());
		assertEquals(List.of(), readsOf(Court.LI));
	}

	@Test
	void staffMayNotReadAColleaguesArchiveAndTheAttemptIsAudited() {
		Principal li = Court.user("li", Court.LI, Role.STAFF, "MS1");
		assertFalse(archive.mayRead(Court.WANG, li));
		assertThrows(AccessDeniedException.class, () -> archive.read(Court.WANG, YEAR, li));

		List<AuditEntry> entries = audit.find(new AuditQuery("li", "integrity.archive.", "staff", Court.WANG, null,
				null, 10), Court.ADMIN);
		assertEquals(List.of("integrity.archive.denied"), entries.stream().map(AuditEntry::action).toList());
	}

	@Test
	void theArchivePickerOffersExactlyTheArchivesTheViewerMayReadOwnFirstAndReadsNone() {
		Principal li = Court.user("li", Court.LI, Role.STAFF, "MS1");
		Principal head = Court.user("head", Court.WANG, Role.DEPARTMENT_HEAD, "MS1");
		Principal supervisor = Court.user("jianchayuan", Court.WANG, Role.INTEGRITY_SUPERVISOR, "MS1");
		Principal director = Court.user("director", null, Role.OFFICE_DIRECTOR);

		assertEquals(List.of(Court.LI), numbers(archive.readableStaff(li)), "staff: their own archive only");
		assertEquals(List.of(Court.WANG), numbers(archive.readableStaff(head)),
				"a department head reads no colleague's archive, so is offered none");
		assertEquals(List.of(Court.WANG, Court.LI), numbers(archive.readableStaff(supervisor)));
		assertEquals(List.of(Court.LI, Court.WANG, Court.ZHAO), numbers(archive.readableStaff(director)).stream()
				.sorted().toList());
		for (Principal viewer : List.of(li, head, supervisor, director)) {
			for (String offered : numbers(archive.readableStaff(viewer))) {
				assertTrue(archive.mayRead(offered, viewer), viewer.username() + " is offered " + offered);
			}
		}
		for (String staffNo : List.of(Court.LI, Court.WANG, Court.ZHAO)) {
			assertEquals(List.of(), readsOf(staffNo), "offering an archive reads none");
		}
	}

	private static List<String> numbers(List<Staff> staff) {
		return staff.stream().map(Staff::staffNo).toList();
	}

	@Test
	void integritySupervisorsReadTheirDepartmentOnlyAndEveryReadIsAudited() {
		Principal supervisor = Court.user("jianchayuan", Court.WANG, Role.INTEGRITY_SUPERVISOR, "MS1");

		ArchiveView colleague = archive.read(Court.LI, YEAR, supervisor);
		assertFalse(colleague.ownRecord());
		assertEquals(List.of("petitions", "cases"), colleague.entries().stream().map(ArchiveEntry::source).toList(),
				"others may see confidential entries");
		assertThrows(AccessDeniedException.class, () -> archive.read(Court.ZHAO, YEAR, supervisor));

		List<AuditEntry> reads = readsOf(Court.LI);
		assertEquals(1, reads.size());
		assertEquals("jianchayuan", reads.get(0).actor());
		assertTrue(reads.get(0).detail().contains("李明"), reads.get(0).detail());
	}

	@Test
	void theOfficeDirectorAndCourtLeadersReadEveryoneAudited() {
		Principal director = Court.user("director", null, Role.OFFICE_DIRECTOR, "MS1");
		Principal leader = Court.user("leader", null, Role.COURT_LEADER);
		archive.read(Court.ZHAO, YEAR, director);
		archive.read(Court.ZHAO, YEAR, leader);

		assertEquals(List.of("leader", "director"), readsOf(Court.ZHAO).stream().map(AuditEntry::actor).toList());
	}

	@Test
	void listingAPersonsTalksFollowsTheSameRules() {
		TalkService talks = Osgi.service(TalkService.class);
		Principal department = Court.user("head", Court.WANG, Role.DEPARTMENT_HEAD, "MS1");
		assertThrows(AccessDeniedException.class, () -> talks.talks(Court.LI, department));
		assertEquals(List.of(), talks.talks(Court.LI, Court.user("li", Court.LI, Role.STAFF)));
	}

	private List<AuditEntry> readsOf(String staffNo) {
		return audit.find(new AuditQuery(null, "integrity.archive.read", "staff", staffNo, null, null, 10), Court.ADMIN);
	}
}
