package ducha.integrity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.DuchaException;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.audit.AuditVerification;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;
import ducha.test.osgi.Osgi;

/** A talk and its audit entry commit together, and a talk refused in its write leaves no entry. */
class AuditInTransactionTest {

	private final TalkService talks = Osgi.service(TalkService.class);
	private final AuditLog audit = Osgi.service(AuditLog.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
	}

	@Test
	void aStoredTalkHasItsEntryAndTheChainHolds() {
		Talk stored = talks.record(talk(null), Court.ADMIN);

		assertEquals(List.of("integrity.talk.record " + Court.LI + " " + stored.recordNo()), entries());
		AuditVerification chain = audit.verify(Court.ADMIN);
		assertTrue(chain.intact(), chain.problem());
	}

	@Test
	void aTalkRefusedInsideItsWriteLeavesNoEntry() {
		Talk first = talks.record(talk(null), Court.ADMIN);
		// the 编号 is unique in its table: the database refuses the second row when the write flushes it
		assertThrows(DuchaException.class, () -> talks.record(talk(first.recordNo()), Court.ADMIN));

		assertEquals(List.of("integrity.talk.record " + Court.LI + " " + first.recordNo()), entries());
		assertEquals(List.of(first), talks.talks(Court.LI, Court.ADMIN));
		AuditVerification chain = audit.verify(Court.ADMIN);
		assertTrue(chain.intact(), chain.problem());
	}

	private static Talk talk(String recordNo) {
		return new Talk(0, recordNo, Court.LI, TalkLevel.DEPARTMENT_HEAD_REMINDER, LocalDate.of(2024, 3, 1),
				"民一庭庭长", Court.WANG, "审限内未结案件较多", "指出问题", "一个月内回访", null, 0);
	}

	/** The talk entries, newest first: action, staff member and the talk's 编号 (the detail's first word). */
	private List<String> entries() {
		return audit.find(new AuditQuery(null, "integrity.talk.", null, null, null, null, 10), Court.ADMIN).stream()
				.map(e -> e.action() + " " + e.objectId() + " " + e.detail().split(" ")[0]).toList();
	}
}
