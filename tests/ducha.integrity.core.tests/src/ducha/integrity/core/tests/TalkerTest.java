package ducha.integrity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.period.Period;
import ducha.core.spi.ArchiveEntry;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;
import ducha.test.osgi.Osgi;

/**
 * Who held a talk is a staff member (谈话人工号): stored, checked against the directory, carried by an escalation,
 * shown by name in the archive and counted for the performance archive; talks of before the 工号 was kept still
 * read and count for nobody.
 */
class TalkerTest {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

	private final TalkService talks = Osgi.service(TalkService.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
	}

	@Test
	void theTalkerIsStoredAndReadBackAndAnEmptyHeldByIsTheirName() {
		Talk printed = talks.record(talk(DAY, "民一庭庭长", Court.WANG), Court.ADMIN);
		Talk blank = talks.record(talk(DAY.plusDays(1), " ", Court.ZHAO), Court.ADMIN);

		assertEquals(Court.WANG, printed.heldByStaffNo());
		assertEquals("民一庭庭长", printed.heldBy(), "what the record prints stays as written");
		assertEquals("赵强", blank.heldBy(), "an empty 谈话人 is filled with the talker's name");
		assertEquals(List.of(printed, blank), talks.talks(Court.LI, Court.ADMIN));
		assertEquals(Court.ZHAO, talks.talk(blank.id()).orElseThrow().heldByStaffNo());
	}

	@Test
	void anUnknownOrMissingTalkerIsRefusedNamingTheFieldAndNothingIsStored() {
		ValidationException unknown = assertThrows(ValidationException.class,
				() -> talks.record(talk(DAY, "庭长", "99999"), Court.ADMIN));
		assertEquals(List.of("谈话人工号：没有工号为“99999”的干警"), unknown.problems());

		ValidationException missing = assertThrows(ValidationException.class,
				() -> talks.record(talk(DAY, "庭长", null), Court.ADMIN));
		assertEquals(List.of("谈话人工号不能为空"), missing.problems());

		ValidationException neither = assertThrows(ValidationException.class,
				() -> talks.record(talk(DAY, "", ""), Court.ADMIN));
		assertEquals(List.of("谈话人工号不能为空", "谈话人不能为空"), neither.problems());
		assertEquals(List.of(), talks.talks(Court.LI, Court.ADMIN));
	}

	@Test
	void anEscalationIsHeldByItsOwnTalker() {
		Talk reminder = talks.record(talk(DAY, "民一庭庭长", Court.WANG), Court.ADMIN);
		ValidationException unknown = assertThrows(ValidationException.class,
				() -> talks.escalate(reminder.id(), reminder.version(), talk(DAY.plusDays(10), "分管副院长", "88888"),
						Court.ADMIN));
		assertTrue(unknown.problems().contains("谈话人工号：没有工号为“88888”的干警"), unknown.problems().toString());
		assertTrue(talks.escalationOf(reminder.id()).isEmpty(), "the refused escalation stored nothing");

		Talk focused = talks.escalate(reminder.id(), reminder.version(), talk(DAY.plusDays(10), "", Court.ZHAO),
				Court.ADMIN);

		assertEquals(Court.ZHAO, focused.heldByStaffNo());
		assertEquals("赵强", focused.heldBy());
		assertEquals(TalkLevel.LEADER_FOCUSED, focused.level());
		assertEquals(Court.WANG, talks.talk(reminder.id()).orElseThrow().heldByStaffNo(),
				"the escalated talk keeps its own talker");
	}

	@Test
	void theArchiveNamesTheTalkerAndATalkStoredBeforeTheStaffNoWasKeptStillReads() throws SQLException {
		talks.record(talk(DAY, "民一庭庭长", Court.WANG), Court.ADMIN);
		talks.record(talk(DAY.plusDays(1), "刑庭庭长 赵强", Court.ZHAO), Court.ADMIN);
		insertAsBeforeTheTalkerWasKept("YT2023-009", LocalDate.of(2023, 5, 6), "原民一庭庭长 钱某");

		List<Talk> all = talks.talks(Court.LI, Court.ADMIN);
		assertEquals(3, all.size());
		assertEquals("原民一庭庭长 钱某", all.get(0).heldBy());
		assertNull(all.get(0).heldByStaffNo());

		List<ArchiveEntry> entries = Osgi.service(IntegrityArchive.class)
				.read(Court.LI, ArchiveFilter.of(Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))),
						Court.ADMIN)
				.entries();
		assertEquals(List.of("谈话人：刑庭庭长 赵强", "谈话人：民一庭庭长（王芳）", "谈话人：原民一庭庭长 钱某"),
				entries.stream().map(e -> e.detail().lines().findFirst().orElseThrow()).toList(),
				"the name is added where the printed text lacks it, newest first");
	}

	@Test
	void theTalksHeldAreCountedPerTalkerByTheTalksDayInsideThePeriod() throws SQLException {
		talks.record(talk(LocalDate.of(2024, 3, 1), "民一庭庭长", Court.WANG), Court.ADMIN);
		talks.record(talk(LocalDate.of(2024, 3, 31), "民一庭庭长", Court.WANG), Court.ADMIN);
		talks.record(talk(LocalDate.of(2024, 3, 15), "刑庭庭长", Court.ZHAO), Court.ADMIN);
		talks.record(talk(LocalDate.of(2024, 4, 1), "民一庭庭长", Court.WANG), Court.ADMIN); // a day after March
		talks.record(talk(LocalDate.of(2024, 2, 29), "刑庭庭长", Court.ZHAO), Court.ADMIN); // a day before
		insertAsBeforeTheTalkerWasKept("YT2024-900", LocalDate.of(2024, 3, 10), "民一庭庭长 王芳");

		DutyContributor integrity = Osgi.services(DutyContributor.class).stream()
				.filter(c -> c.source().equals("integrity")).findFirst().orElseThrow();
		Period march = Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
		assertEquals(Set.of(duty(Court.WANG, 2), duty(Court.ZHAO, 1)), Set.copyOf(integrity.duties(march, Set.of())),
				"the talk without 工号 counts for nobody, the ones of 29 February and 1 April are outside");
		assertEquals(List.of(duty(Court.ZHAO, 1)), integrity.duties(march, Set.of(Court.ZHAO)));
		assertEquals(List.of(), integrity.duties(march, Set.of(Court.LI)), "李明 was talked to, held none");
	}

	private static DutyCount duty(String staffNo, int count) {
		return new DutyCount(staffNo, "integrity.talk", "谈话提醒", "integrity", count);
	}

	private static Talk talk(LocalDate day, String heldBy, String heldByStaffNo) {
		return Talk.of(Court.LI, TalkLevel.DEPARTMENT_HEAD_REMINDER, day, heldBy, heldByStaffNo, "审限内未结案件较多",
				"指出问题", null);
	}

	/** A talk of 李明 as the first version of the table held it: no 谈话人工号. */
	private static void insertAsBeforeTheTalkerWasKept(String recordNo, LocalDate day, String heldBy)
			throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection(); PreparedStatement s = c.prepareStatement(
				"insert into integrity_talk (record_no, staff_no, talk_level, talk_date, held_by, reason)"
						+ " values (?, ?, 'DEPARTMENT_HEAD_REMINDER', ?, ?, '工作作风')")) {
			s.setString(1, recordNo);
			s.setString(2, Court.LI);
			s.setDate(3, Date.valueOf(day));
			s.setString(4, heldBy);
			s.executeUpdate();
		}
		Osgi.unit("ducha.integrity").getCache().evictAll();
	}
}
