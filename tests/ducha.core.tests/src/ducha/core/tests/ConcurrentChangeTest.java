package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.Principal;

/** Optimistic locking: a save made from an out-of-date view of a record is refused, naming the other change. */
class ConcurrentChangeTest {

	private final AuditLog audit = Osgi.service(AuditLog.class);
	private final DirectoryService directory = Osgi.service(DirectoryService.class);
	private final EntityManagerFactory core = Osgi.coreUnit();

	@BeforeEach
	void court() {
		Osgi.resetCoreTables();
		Fixtures.twoDepartments(directory);
	}

	@Test
	void aSaveFromAnOldVersionIsRefusedNamingWhoChangedTheRecordAndWhen() {
		directory.saveStaff(Fixtures.staff("20001", "李明", "XST"), Principal.system("desk-two"));

		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> Versions.expect(3, 2, audit, "staff", "20001", "干警 20001"));
		assertEquals("desk-two", refused.changedBy().orElseThrow());
		assertTrue(refused.changedAt().isPresent());
		assertTrue(refused.getMessage().contains("干警 20001") && refused.getMessage().contains("desk-two"),
				refused.getMessage());
	}

	@Test
	void theSameVersionPasses() {
		Versions.expect(4, 4, audit, "staff", "20001", "干警 20001");
	}

	@Test
	void readsOfTheRecordAreNotTakenForItsLastChange() {
		directory.saveStaff(Fixtures.staff("20001", "李明", "XST"), Principal.system("desk-two"));
		audit.record(Principal.system("reader"), "staff.read", "staff", "20001", "查看");
		audit.record(Principal.system("reader"), "staff.denied", "staff", "20001", "拒绝");

		assertEquals("desk-two", audit.latestChange("staff", "20001").orElseThrow().actor());
		assertTrue(audit.latestChange("staff", "99999").isEmpty());
	}

	@Test
	void aRecordWithoutAnyAuditEntryIsStillRefusedWithoutAName() {
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> Versions.expect(1, 0, audit, "staff", "99999", "干警 99999"));
		assertTrue(refused.changedBy().isEmpty());
		assertTrue(refused.getMessage().contains("干警 99999"), refused.getMessage());
	}

	/**
	 * Two transactions read the same row; the other commits first: the versioned entity's update at commit finds
	 * the row changed, and {@link Jpa#write} reports it as a concurrent change, storing nothing of the later one.
	 */
	@Test
	void theLaterOfTwoOverlappingTransactionsIsRefusedAtCommit() throws Exception {
		Class<?> staffEntity = core.getMetamodel().getEntities().stream()
				.filter(e -> e.getName().equals("StaffEntity")).findFirst().orElseThrow().getJavaType();
		Field name = staffEntity.getDeclaredField("name");
		name.setAccessible(true);

		assertThrows(ConcurrentChangeException.class, () -> Jpa.run(core, em -> {
			Object mine = em.find(staffEntity, "20001");
			// another desktop changes and commits the same row while this transaction still holds its old copy
			Jpa.run(core, other -> {
				try {
					name.set(other.find(staffEntity, "20001"), "李明（另一台）");
				} catch (IllegalAccessException e) {
					throw new AssertionError(e);
				}
			});
			try {
				name.set(mine, "李明（本机）");
			} catch (IllegalAccessException e) {
				throw new AssertionError(e);
			}
		}));

		assertEquals("李明（另一台）", directory.staff("20001").orElseThrow().name());
	}
}
