package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.ValidationException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.ArchiveEntry;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;

class TalkEscalationTest {

	private final TalkService talks = Osgi.service(TalkService.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
	}

	@Test
	void aTalkIsEscalatedLevelByLevelAndEachEscalationPointsAtTheTalkItFollows() {
		Talk reminder = talks.record(talk(TalkLevel.DEPARTMENT_HEAD_REMINDER, LocalDate.of(2024, 3, 1)), Court.ADMIN);
		Talk focused = talks.escalate(reminder.id(), reminder.version(),
				talk(TalkLevel.DEPARTMENT_HEAD_REMINDER, LocalDate.of(2024, 3, 20)), Court.ADMIN);
		Talk accountability = talks.escalate(focused.id(), focused.version(), talk(null, LocalDate.of(2024, 4, 10)),
				Court.ADMIN);

		assertNull(reminder.escalatedFrom());
		assertEquals(TalkLevel.LEADER_FOCUSED, focused.level(), "the level follows the talk escalated, not the input");
		assertEquals(reminder.id(), focused.escalatedFrom());
		assertEquals(TalkLevel.PARTY_GROUP_ACCOUNTABILITY, accountability.level());
		assertEquals(focused.id(), accountability.escalatedFrom());
		// escalating a talk moves its version: the stored talks are the ones returned, changed in version only
		assertEquals(unversioned(focused), unversioned(talks.escalationOf(reminder.id()).orElseThrow()));
		assertEquals(List.of(reminder, focused, accountability).stream().map(TalkEscalationTest::unversioned).toList(),
				talks.talks(Court.LI, Court.ADMIN).stream().map(TalkEscalationTest::unversioned).toList());
		assertEquals(reminder.version() + 1, talks.talk(reminder.id()).orElseThrow().version());
		assertTrue(reminder.recordNo().startsWith("YT2024-"), reminder.recordNo());

		List<String> actions = Osgi.service(AuditLog.class)
				.find(new AuditQuery(null, "integrity.talk.", "staff", Court.LI, null, null, 10), Court.ADMIN).stream()
				.map(AuditEntry::action).toList();
		assertEquals(List.of("integrity.talk.escalate", "integrity.talk.escalate", "integrity.talk.record"), actions);
	}

	@Test
	void theArchiveShowsAnEscalatedTalkAsSuchNamingTheTalkItFollows() {
		Talk reminder = talks.record(talk(TalkLevel.DEPARTMENT_HEAD_REMINDER, LocalDate.of(2024, 3, 1)), Court.ADMIN);
		talks.escalate(reminder.id(), reminder.version(), talk(null, LocalDate.of(2024, 3, 20)), Court.ADMIN);

		List<ArchiveEntry> entries = Osgi.service(IntegrityArchive.class)
				.read(Court.LI, ArchiveFilter.of(Period.year(2024)), Court.ADMIN).entries();
		assertEquals(2, entries.size());
		assertTrue(entries.get(0).title().startsWith("分管领导重点谈（升级）"), entries.get(0).title());
		assertTrue(entries.get(0).detail().contains(reminder.recordNo()), entries.get(0).detail());
		assertTrue(entries.get(1).title().startsWith("部门负责人提醒谈："), entries.get(1).title());
	}

	@Test
	void theHighestLevelCannotBeEscalatedNorATalkTwiceNorBackwardsInTime() {
		Talk reminder = talks.record(talk(TalkLevel.DEPARTMENT_HEAD_REMINDER, LocalDate.of(2024, 3, 1)), Court.ADMIN);
		ValidationException backwards = assertThrows(ValidationException.class,
				() -> talks.escalate(reminder.id(), reminder.version(), talk(null, LocalDate.of(2024, 2, 1)),
						Court.ADMIN));
		assertTrue(backwards.getMessage().contains("早于"), backwards.getMessage());

		talks.escalate(reminder.id(), reminder.version(), talk(null, LocalDate.of(2024, 3, 5)), Court.ADMIN);
		// shown as stored now (a view from before the escalation is refused as overtaken: ConcurrentChangeTest)
		long current = talks.talk(reminder.id()).orElseThrow().version();
		ValidationException twice = assertThrows(ValidationException.class,
				() -> talks.escalate(reminder.id(), current, talk(null, LocalDate.of(2024, 3, 6)), Court.ADMIN));
		assertTrue(twice.getMessage().contains("已经升级过"), twice.getMessage());

		Talk top = talks.record(talk(TalkLevel.PARTY_GROUP_ACCOUNTABILITY, LocalDate.of(2024, 5, 1)), Court.ADMIN);
		ValidationException highest = assertThrows(ValidationException.class,
				() -> talks.escalate(top.id(), top.version(), talk(null, LocalDate.of(2024, 6, 1)), Court.ADMIN));
		assertTrue(highest.getMessage().contains("最高一级"), highest.getMessage());
		assertEquals(3, talks.talks(Court.LI, Court.ADMIN).size(), "refused escalations store nothing");
	}

	@Test
	void ofDesktopsEscalatingTheSameTalkAtOnceOneEscalatesAndTheOthersAreToldItWasDone() throws Exception {
		Talk reminder = talks.record(talk(TalkLevel.DEPARTMENT_HEAD_REMINDER, LocalDate.of(2024, 3, 1)), Court.ADMIN);
		int desktops = 4;
		CyclicBarrier together = new CyclicBarrier(desktops);
		ExecutorService pool = Executors.newFixedThreadPool(desktops);
		List<Future<Talk>> tries = new ArrayList<>();
		try {
			for (int i = 0; i < desktops; i++) {
				tries.add(pool.submit(() -> {
					together.await(30, TimeUnit.SECONDS);
					return talks.escalate(reminder.id(), reminder.version(), talk(null, LocalDate.of(2024, 3, 20)),
							Court.ADMIN);
				}));
			}
			int escalated = 0;
			for (Future<Talk> t : tries) {
				try {
					assertEquals(reminder.id(), t.get(60, TimeUnit.SECONDS).escalatedFrom());
					escalated++;
				} catch (ExecutionException e) {
					// refused by the talk's version (it moved when the winner escalated) or by the unique key
					if (!(e.getCause() instanceof ConcurrentChangeException)) {
						ValidationException refused = assertInstanceOf(ValidationException.class, e.getCause());
						assertTrue(refused.getMessage().contains("已经升级过"), refused.getMessage());
					}
				}
			}
			assertEquals(1, escalated);
		} finally {
			pool.shutdownNow();
		}
		assertEquals(2, talks.talks(Court.LI, Court.ADMIN).size(), "the talk and its one escalation");
	}

	@Test
	void recordingATalkNeedsTheWritePermissionAndAKnownStaffMember() {
		assertThrows(AccessDeniedException.class, () -> talks.record(
				talk(TalkLevel.DEPARTMENT_HEAD_REMINDER, LocalDate.of(2024, 3, 1)),
				Court.user("head", null, Role.DEPARTMENT_HEAD, "MS1")));
		ValidationException unknown = assertThrows(ValidationException.class,
				() -> talks.record(Talk.of("99999", TalkLevel.DEPARTMENT_HEAD_REMINDER, LocalDate.of(2024, 3, 1),
						"庭长", Court.WANG, "", null, null), Court.ADMIN));
		assertTrue(unknown.problems().size() == 2, unknown.problems().toString());
	}

	/** The talk without its version, to compare what was stored with what the service returned. */
	private static Talk unversioned(Talk t) {
		return new Talk(t.id(), t.recordNo(), t.staffNo(), t.level(), t.date(), t.heldBy(), t.heldByStaffNo(),
				t.reason(), t.content(), t.followUp(), t.escalatedFrom(), 0);
	}

	private static Talk talk(TalkLevel level, LocalDate date) {
		return Talk.of(Court.LI, level == null ? TalkLevel.DEPARTMENT_HEAD_REMINDER : level, date, "民一庭庭长",
				Court.WANG, "审限内未结案件较多", "指出问题", "一个月内回访");
	}

	/**
	 * Two desktops show the same talk as open to escalation: the second's escalation, made from what it saw before
	 * the first escalated it, is refused naming who escalated it, and stores nothing.
	 */
	@Test
	void aTalkEscalatedOnAnotherDesktopIsNotEscalatedAgainFromAnOlderView() {
		Talk reminder = talks.record(talk(null, LocalDate.of(2024, 3, 1)), Court.ADMIN);
		Talk seenByOne = talks.talk(reminder.id()).orElseThrow();
		Talk seenByTwo = talks.talk(reminder.id()).orElseThrow();

		Talk escalated = talks.escalate(reminder.id(), seenByOne.version(), talk(null, LocalDate.of(2024, 3, 10)),
				Principal.system("desk-one"));
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> talks.escalate(reminder.id(), seenByTwo.version(), talk(null, LocalDate.of(2024, 3, 12)),
						Principal.system("desk-two")));

		assertEquals("desk-one", refused.changedBy().orElseThrow());
		assertTrue(refused.getMessage().contains(reminder.recordNo()), refused.getMessage());
		assertEquals(2, talks.talks(Court.LI, Court.ADMIN).size(), "nothing of the refused escalation is stored");
		assertEquals(escalated.id(), talks.escalationOf(reminder.id()).orElseThrow().id());
	}
}
