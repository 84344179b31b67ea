package ducha.team.core.tests;

import static ducha.team.core.tests.MeetingCourt.LAST_YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.audit.AuditVerification;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.WorkMeeting;
import ducha.test.osgi.Osgi;

/** A meeting's changes and their audit entries commit together; a change refused in its write leaves none. */
class AuditInTransactionTest {

	private static final LocalDate JAN = LocalDate.of(LAST_YEAR, 1, 15);

	private final MeetingService meetings = Osgi.service(MeetingService.class);
	private final AuditLog audit = Osgi.service(AuditLog.class);

	@BeforeEach
	void court() {
		MeetingCourt.create();
	}

	@Test
	void aSavedMeetingAndARaisedProblemHaveTheirEntriesAndTheChainHolds() {
		WorkMeeting meeting = MeetingCourt.meeting(JAN);
		MeetingProblem raised = MeetingCourt.raise(JAN, "风险点清单未更新", "LAF");

		assertEquals(List.of("team.problem.raise " + raised.problemNo(), "team.meeting.save " + meeting.date()),
				entries());
		AuditVerification chain = audit.verify(MeetingCourt.ADMIN);
		assertTrue(chain.intact(), chain.problem());
	}

	@Test
	void aResolutionRefusedInsideItsWriteLeavesNoEntry() {
		MeetingCourt.meeting(JAN);
		MeetingProblem raised = MeetingCourt.raise(JAN, "风险点清单未更新", "LAF");

		// the write reads the problem and refuses it there: it was never analysed
		assertThrows(ValidationException.class, () -> MeetingCourt.resolve(raised, JAN.plusDays(3)));

		assertEquals(List.of("team.problem.raise " + raised.problemNo(), "team.meeting.save " + JAN), entries());
		assertFalse(meetings.agenda(JAN, MeetingCourt.OFFICE).raised().get(0).resolved());
		AuditVerification chain = audit.verify(MeetingCourt.ADMIN);
		assertTrue(chain.intact(), chain.problem());
	}

	/** The plugin's entries, newest first, as action and record. */
	private List<String> entries() {
		return audit.find(new AuditQuery(null, "team.", null, null, null, null, 10), MeetingCourt.ADMIN).stream()
				.map(e -> e.action() + " " + e.objectId()).toList();
	}
}
