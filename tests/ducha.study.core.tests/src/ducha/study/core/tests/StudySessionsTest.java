package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.study.StudyKind;
import ducha.study.StudyRecordService;
import ducha.study.StudySession;

/** Study sessions: who may record and read them, what is refused. */
class StudySessionsTest {

	private static final LocalDate DAY = LocalDate.now().minusDays(3);
	private static final Period YEAR = Period.of(DAY.minusYears(1), DAY.plusDays(1));

	private final StudyRecordService sessions = Osgi.service(StudyRecordService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ReviewCourt.create();
	}

	@Test
	void aDepartmentHeadRecordsAndReadsTheirOwnDepartmentOnly() {
		Principal head = ReviewCourt.user("head", ReviewCourt.LI, Role.DEPARTMENT_HEAD, "MS1");
		StudySession stored = sessions.record(session("MS1", ReviewCourt.LI, ReviewCourt.WANG), head);

		assertTrue(stored.recordNo().startsWith("XX" + DAY.getYear() + "-"), stored.recordNo());
		assertEquals(List.of(stored), sessions.sessions("MS1", YEAR, head));
		assertThrows(AccessDeniedException.class, () -> sessions.record(session("XST", ReviewCourt.ZHAO), head));
		assertThrows(AccessDeniedException.class, () -> sessions.sessions("XST", YEAR, head));
	}

	@Test
	void staffMayNeitherReadNorRecordNorChangeSessions() {
		StudySession stored = sessions.record(session("MS1", ReviewCourt.LI), ReviewCourt.OFFICE);
		Principal staff = ReviewCourt.user("li", ReviewCourt.LI, Role.STAFF, "MS1");

		assertThrows(AccessDeniedException.class, () -> sessions.sessions("MS1", YEAR, staff));
		assertThrows(AccessDeniedException.class, () -> sessions.session(stored.recordNo(), staff));
		assertThrows(AccessDeniedException.class, () -> sessions.record(session("MS1", ReviewCourt.LI), staff));
		assertThrows(AccessDeniedException.class, () -> sessions.update(stored, staff));
		assertThrows(AccessDeniedException.class, () -> sessions.delete(stored.recordNo(), staff));
		assertEquals(List.of(stored), sessions.sessions("MS1", YEAR, ReviewCourt.OFFICE));
	}

	@Test
	void aPoliticalSupervisorReadsTheSessionsOfADepartmentAssignedToThem() {
		sessions.record(session("XST", ReviewCourt.ZHAO), ReviewCourt.OFFICE);
		sessions.record(session("XZT", ReviewCourt.QIAN), ReviewCourt.OFFICE);
		Principal zhou = ReviewCourt.zhou();
		assertThrows(AccessDeniedException.class, () -> sessions.sessions("XST", YEAR, zhou));

		ReviewCourt.assign(YearMonth.from(DAY));

		assertEquals(1, sessions.sessions("XST", YEAR, zhou).size());
		assertThrows(AccessDeniedException.class, () -> sessions.sessions("XZT", YEAR, zhou));
		assertThrows(AccessDeniedException.class, () -> sessions.record(session("XST", ReviewCourt.ZHAO), zhou));
	}

	@Test
	void everyProblemOfASessionIsNamedAndNothingIsStored() {
		StudySession bad = new StudySession(0, null, "MS1", LocalDate.now().plusDays(2), StudyKind.FIRST_TOPIC, " ",
				List.of(ReviewCourt.LI, "99999"), 0, null);
		ValidationException refused = assertThrows(ValidationException.class,
				() -> sessions.record(bad, ReviewCourt.OFFICE));

		assertEquals(4, refused.problems().size(), refused.problems().toString());
		assertTrue(refused.problems().stream().anyMatch(p -> p.contains("99999")), refused.problems().toString());
		assertEquals(List.of(), sessions.sessions("MS1", YEAR, ReviewCourt.OFFICE));
	}

	@Test
	void anUpdateKeepsTheDepartmentAndADeleteRemovesTheSession() {
		StudySession stored = sessions.record(session("MS1", ReviewCourt.LI), ReviewCourt.OFFICE);
		StudySession moved = new StudySession(0, stored.recordNo(), "XST", stored.date(), stored.kind(),
				stored.topic(), List.of(ReviewCourt.ZHAO), 2, null);
		assertThrows(ValidationException.class, () -> sessions.update(moved, ReviewCourt.OFFICE));

		StudySession changed = new StudySession(0, stored.recordNo(), "MS1", stored.date(), StudyKind.SELF_STUDY,
				"学习习近平法治思想", List.of(ReviewCourt.WANG), 1.5, "自学笔记", stored.version());
		StudySession updated = sessions.update(changed, ReviewCourt.OFFICE);
		assertEquals(List.of(ReviewCourt.WANG), updated.attendees());
		assertEquals(1.5, updated.hours());
		assertEquals(updated, sessions.session(stored.recordNo(), ReviewCourt.OFFICE).orElseThrow());

		sessions.delete(stored.recordNo(), ReviewCourt.OFFICE);
		assertEquals(List.of(), sessions.sessions("MS1", YEAR, ReviewCourt.OFFICE));
		assertThrows(NotFoundException.class, () -> sessions.delete(stored.recordNo(), ReviewCourt.OFFICE));
	}

	static StudySession session(String department, String... attendees) {
		return StudySession.of(department, DAY, StudyKind.BRANCH_MEETINGS, "学习党的二十大报告精神", List.of(attendees), 2,
				"由支部书记领学，参加人员交流了体会。");
	}

	/**
	 * Two desktops open the same session; the first saves; the second's update, made from what it read before, is
	 * refused naming the first desktop's account, and nothing of it is stored.
	 */
	@Test
	void anUpdateFromAnOutOfDateFormIsRefusedNamingWhoChangedTheSession() {
		StudySession stored = sessions.record(session("MS1", ReviewCourt.LI), ReviewCourt.OFFICE);
		StudySession seenByOne = sessions.session(stored.recordNo(), ReviewCourt.OFFICE).orElseThrow();
		StudySession seenByTwo = sessions.session(stored.recordNo(), ReviewCourt.OFFICE).orElseThrow();

		StudySession first = sessions.update(edited(seenByOne, "学习习近平法治思想"),
				ReviewCourt.user("deputy", null, Role.OFFICE_DIRECTOR));
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> sessions.update(edited(seenByTwo, "学习新修订的纪律处分条例"), ReviewCourt.OFFICE));

		assertEquals("deputy", refused.changedBy().orElseThrow());
		assertTrue(refused.getMessage().contains(stored.recordNo()), refused.getMessage());
		StudySession now = sessions.session(stored.recordNo(), ReviewCourt.OFFICE).orElseThrow();
		assertEquals("学习习近平法治思想", now.topic(), "nothing of the second update stored");
		assertEquals(first, now);
		assertEquals("学习新修订的纪律处分条例",
				sessions.update(edited(now, "学习新修订的纪律处分条例"), ReviewCourt.OFFICE).topic(),
				"saved again from the reloaded session");
	}

	private static StudySession edited(StudySession seen, String topic) {
		return new StudySession(seen.id(), seen.recordNo(), seen.departmentCode(), seen.date(), StudyKind.SELF_STUDY,
				topic, seen.attendees(), seen.hours(), seen.recordText(), seen.version());
	}
}
