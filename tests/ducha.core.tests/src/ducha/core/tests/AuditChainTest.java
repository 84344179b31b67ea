package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.DuchaException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.audit.AuditVerification;
import ducha.core.jpa.Jpa;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Role;

/**
 * The audit log as a hash chain: what verify finds when an entry is changed, removed or the end cut off behind
 * the platform's back, and entries recorded inside a transaction that rolls back.
 */
class AuditChainTest {

	private final AuditLog audit = Osgi.service(AuditLog.class);

	@BeforeEach
	void cleanDatabase() {
		Osgi.resetCoreTables();
	}

	@Test
	void anUntouchedLogIsIntactAndItsHeadIsTheLastEntrysHash() {
		for (int i = 1; i <= 5; i++) {
			audit.record(Fixtures.ADMIN, "test.step", "test", "T" + i, "第 " + i + " 步");
		}
		AuditVerification result = audit.verify(Fixtures.ADMIN);
		assertTrue(result.intact(), result.problem());
		assertEquals(5, result.entries());
		assertEquals(64, result.headHash().length());

		audit.record(Fixtures.ADMIN, "test.step", "test", "T6", null);
		AuditVerification after = audit.verify(Fixtures.ADMIN);
		assertTrue(after.intact(), after.problem());
		assertEquals(6, after.entries());
		assertFalse(after.headHash().equals(result.headHash()), "a new entry moves the head");
	}

	@Test
	void anEntryChangedInTheDatabaseIsNamed() throws SQLException {
		List<Long> ids = recordThree();
		sql("update audit_entry set detail = '已删除 0 条' where id = " + ids.get(1));

		AuditVerification result = audit.verify(Fixtures.ADMIN);
		assertFalse(result.intact());
		assertEquals(ids.get(1), result.brokenId());
		assertEquals(2L, result.brokenSeq());
		assertEquals(1, result.entries(), "the entry before it was checked");
		assertTrue(result.problem().contains(String.valueOf(ids.get(1))), result.problem());
	}

	@Test
	void anActorChangedInTheDatabaseIsNamedToo() throws SQLException {
		List<Long> ids = recordThree();
		sql("update audit_entry set actor = 'someone' where id = " + ids.get(0));

		assertEquals(ids.get(0), audit.verify(Fixtures.ADMIN).brokenId());
	}

	@Test
	void anEntryRemovedFromTheMiddleIsFoundAtTheOneAfterIt() throws SQLException {
		List<Long> ids = recordThree();
		sql("delete from audit_entry where id = " + ids.get(1));

		AuditVerification result = audit.verify(Fixtures.ADMIN);
		assertFalse(result.intact());
		assertEquals(ids.get(2), result.brokenId());
	}

	@Test
	void anEntryRemovedAndTheChainRenumberedStillBreaksAtTheLink() throws SQLException {
		List<Long> ids = recordThree();
		sql("delete from audit_entry where id = " + ids.get(1));
		sql("update audit_entry set chain_seq = 2 where id = " + ids.get(2));

		AuditVerification result = audit.verify(Fixtures.ADMIN);
		assertEquals(ids.get(2), result.brokenId());
	}

	@Test
	void theLastEntryRemovedIsFoundAgainstTheHead() throws SQLException {
		List<Long> ids = recordThree();
		sql("delete from audit_entry where id = " + ids.get(2));

		AuditVerification result = audit.verify(Fixtures.ADMIN);
		assertFalse(result.intact());
		assertNull(result.brokenId(), "nothing after the cut is left to name");
		assertEquals(2, result.entries());
	}

	@Test
	void anEntryInsertedPastThePlatformIsFound() throws SQLException {
		recordThree();
		sql("insert into audit_entry (occurred_at, actor, action) values (current_timestamp, 'x', 'x.y')");

		assertFalse(audit.verify(Fixtures.ADMIN).intact());
	}

	@Test
	void anEntryRecordedInsideATransactionThatRollsBackIsNotKept() {
		assertThrows(DuchaException.class, () -> Jpa.run(Osgi.coreUnit(), em -> {
			audit.recordIn(em, Fixtures.ADMIN, "test.change", "test", "T1", "先记后撤");
			throw new DuchaException("the change fails after its entry was recorded");
		}));
		assertEquals(List.of(), audit.find(AuditQuery.latest(10), Fixtures.ADMIN));

		Jpa.run(Osgi.coreUnit(), em -> audit.recordIn(em, Fixtures.ADMIN, "test.change", "test", "T2", "提交"));
		List<AuditEntry> kept = audit.find(AuditQuery.latest(10), Fixtures.ADMIN);
		assertEquals(List.of("T2"), kept.stream().map(AuditEntry::objectId).toList());
		assertTrue(audit.verify(Fixtures.ADMIN).intact());
	}

	@Test
	void desktopsRecordingAtTheSameTimeKeepOneUnbrokenChain() throws Exception {
		int writers = 4;
		int each = 15;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				int writer = w;
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						audit.record(Fixtures.ADMIN, "test.parallel", "test", writer + "-" + i, null);
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		} finally {
			pool.shutdown();
		}
		AuditVerification result = audit.verify(Fixtures.ADMIN);
		assertTrue(result.intact(), result.problem());
		assertEquals(writers * each, result.entries());
	}

	@Test
	void verifyingNeedsAuditRead() {
		assertThrows(AccessDeniedException.class,
				() -> audit.verify(Fixtures.user("head", Role.DEPARTMENT_HEAD, "LAT")));
	}

	private List<Long> recordThree() {
		audit.record(Fixtures.ADMIN, "staff.import", "staff", null, "导入 3 人");
		audit.record(Fixtures.ADMIN, "staff.remove", "staff", "30001", "删除 1 条");
		audit.record(Fixtures.ADMIN, "user.login", "user", "director", null);
		List<AuditEntry> newestFirst = audit.find(AuditQuery.latest(3), Fixtures.ADMIN);
		return newestFirst.reversed().stream().map(AuditEntry::id).toList();
	}

	private static void sql(String statement) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate(statement);
		}
		// no cache eviction: verify must see the change although the entries were read (and cached) before
	}
}
