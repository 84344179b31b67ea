package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Role;

class AuditTest {

	private final AuditLog audit = Osgi.service(AuditLog.class);
	private final DirectoryService directory = Osgi.service(DirectoryService.class);
	private final SupervisorService supervisors = Osgi.service(SupervisorService.class);

	@BeforeEach
	void cleanDatabase() {
		Osgi.resetCoreTables();
	}

	@Test
	void everyChangeLeavesAnEntryNamingActorAndRecord() {
		directory.saveDepartment(new Department("LAT", "立案庭", DepartmentKind.TRIAL, 10, true), Fixtures.ADMIN);
		directory.saveDepartment(new Department("LAT", "立案庭", DepartmentKind.TRIAL, 5, true), Fixtures.ADMIN);
		directory.saveStaff(Fixtures.staff("30001", "陈静", "LAT"), Fixtures.ADMIN);

		List<AuditEntry> entries = audit.find(AuditQuery.latest(10), Fixtures.ADMIN);
		assertEquals(List.of("staff.save", "department.save", "department.save"),
				entries.stream().map(AuditEntry::action).toList());
		AuditEntry staff = entries.get(0);
		assertEquals("tester", staff.actor());
		assertEquals("30001", staff.objectId());
		assertTrue(staff.detail().startsWith("新增 陈静"), staff.detail());
		assertTrue(entries.get(1).detail().startsWith("修改 "), entries.get(1).detail());
	}

	@Test
	void supervisorAppointmentsAndTheirEndAreAudited() {
		directory.saveDepartment(new Department("LAT", "立案庭", DepartmentKind.TRIAL, 10, true), Fixtures.ADMIN);
		directory.saveStaff(Fixtures.staff("30001", "陈静", "LAT"), Fixtures.ADMIN);
		SupervisorAssignment stored = supervisors.assign(new SupervisorAssignment(0, "30001",
				SupervisorRole.INTEGRITY_SUPERVISOR, "LAT", "立案信访", LocalDate.of(2024, 3, 1), null), Fixtures.ADMIN);
		supervisors.end(stored.id(), stored.version(), LocalDate.of(2025, 2, 28), Fixtures.ADMIN);

		List<AuditEntry> entries = audit.find(
				new AuditQuery(null, "supervisor.", "supervisor", String.valueOf(stored.id()), null, null, 10),
				Fixtures.ADMIN);
		assertEquals(List.of("supervisor.end", "supervisor.assign"), entries.stream().map(AuditEntry::action).toList());
		assertEquals(List.of(), supervisors.heldOn(SupervisorRole.INTEGRITY_SUPERVISOR, LocalDate.of(2025, 3, 1)));
		assertEquals(1, supervisors.heldOn(SupervisorRole.INTEGRITY_SUPERVISOR, LocalDate.of(2025, 2, 28)).size());
	}

	@Test
	void aRefusedChangeLeavesNeitherDataNorAnEntry() {
		assertThrows(ValidationException.class,
				() -> directory.importStaff(List.of(Fixtures.staff("30001", "陈静", "NOPE")), Fixtures.ADMIN));
		assertEquals(0, directory.staffCount());
		assertEquals(List.of(), audit.find(AuditQuery.latest(10), Fixtures.ADMIN));
	}

	@Test
	void readingTheLogNeedsAuditRead() {
		assertThrows(AccessDeniedException.class,
				() -> audit.find(AuditQuery.latest(10), Fixtures.user("head", Role.DEPARTMENT_HEAD, "LAT")));
		audit.find(AuditQuery.latest(10), Fixtures.user("director", Role.OFFICE_DIRECTOR));
	}

	@Test
	void pluginsRecordTheirOwnEntries() {
		audit.record(Fixtures.ADMIN, "petition.reporter.read", "petition", "2024-007", "核查需要");
		AuditEntry entry = audit.find(AuditQuery.latest(1), Fixtures.ADMIN).get(0);
		assertEquals("petition.reporter.read", entry.action());
		assertEquals("2024-007", entry.objectId());
	}
}
