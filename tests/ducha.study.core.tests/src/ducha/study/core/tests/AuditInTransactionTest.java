package ducha.study.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.audit.AuditVerification;
import ducha.study.StudyRecordService;
import ducha.study.StudySession;
import ducha.test.osgi.Osgi;

/** A study session's changes and their audit entries commit together; a change refused in its write leaves none. */
class AuditInTransactionTest {

	private final StudyRecordService sessions = Osgi.service(StudyRecordService.class);
	private final AuditLog audit = Osgi.service(AuditLog.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ReviewCourt.create();
	}

	@Test
	void aRecordedAndADeletedSessionHaveTheirEntriesAndTheChainHolds() {
		StudySession stored = sessions.record(StudySessionsTest.session("MS1", ReviewCourt.LI), ReviewCourt.OFFICE);
		sessions.delete(stored.recordNo(), ReviewCourt.OFFICE);

		assertEquals(List.of("study.session.delete " + stored.recordNo(), "study.session.record " + stored.recordNo()),
				entries());
		AuditVerification chain = audit.verify(ReviewCourt.ADMIN);
		assertTrue(chain.intact(), chain.problem());
	}

	@Test
	void aSessionMovedToAnotherDepartmentIsRefusedInsideItsWriteAndLeavesNoEntry() {
		StudySession stored = sessions.record(StudySessionsTest.session("MS1", ReviewCourt.LI), ReviewCourt.OFFICE);
		StudySession moved = StudySessionsTest.session("XST", ReviewCourt.ZHAO);
		StudySession elsewhere = new StudySession(stored.id(), stored.recordNo(), moved.departmentCode(), moved.date(),
				moved.kind(), moved.topic(), moved.attendees(), moved.hours(), moved.recordText());

		assertThrows(ValidationException.class, () -> sessions.update(elsewhere, ReviewCourt.OFFICE));

		assertEquals(List.of("study.session.record " + stored.recordNo()), entries());
		assertEquals(stored, sessions.session(stored.recordNo(), ReviewCourt.OFFICE).orElseThrow());
		AuditVerification chain = audit.verify(ReviewCourt.ADMIN);
		assertTrue(chain.intact(), chain.problem());
	}

	/** The session entries, newest first, as action and record. */
	private List<String> entries() {
		return audit.find(new AuditQuery(null, "study.session.", null, null, null, null, 10), ReviewCourt.ADMIN)
				.stream().map(e -> e.action() + " " + e.objectId()).toList();
	}
}
