package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.security.Principal;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;

/**
 * Two desktops show the same talk as open to escalation: the first escalates it, the second's escalation, made from
 * what it saw before, is refused naming who escalated it, and stores nothing.
 */
class ConcurrentChangeTest {

	private static final Principal DESK_ONE = Principal.system("desk-one");
	private static final Principal DESK_TWO = Principal.system("desk-two");

	private final TalkService talks = Osgi.service(TalkService.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
	}

	@Test
	void aTalkEscalatedOnAnotherDesktopIsNotEscalatedAgainFromAnOlderView() {
		Talk reminder = talks.record(talk(LocalDate.of(2024, 3, 1)), Court.ADMIN);
		Talk seenByOne = talks.talk(reminder.id()).orElseThrow();
		Talk seenByTwo = talks.talk(reminder.id()).orElseThrow();

		Talk escalated = talks.escalate(reminder.id(), seenByOne.version(), talk(LocalDate.of(2024, 3, 10)),
				DESK_ONE);
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> talks.escalate(reminder.id(), seenByTwo.version(), talk(LocalDate.of(2024, 3, 12)), DESK_TWO));

		assertEquals("desk-one", refused.changedBy().orElseThrow());
		assertTrue(refused.getMessage().contains(reminder.recordNo()), refused.getMessage());
		assertEquals(2, talks.talks(Court.LI, Court.ADMIN).size(), "nothing of the refused escalation is stored");
		assertEquals(escalated.id(), talks.escalationOf(reminder.id()).orElseThrow().id());
	}

	private static Talk talk(LocalDate date) {
		return Talk.of(Court.LI, TalkLevel.DEPARTMENT_HEAD_REMINDER, date, "民一庭庭长", Court.WANG, "审限内未结案件较多",
				"指出问题", "一个月内回访");
	}
}
