package ducha.team.core.tests;

import static ducha.team.core.tests.MeetingCourt.LAST_YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.team.MeetingAgenda;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.ProblemAnalysis;
import ducha.team.WorkMeeting;
import ducha.test.osgi.Osgi;

/**
 * A problem raised at one meeting is carried to the next ones while it is open, and no longer once resolved; it
 * stays the problem of the meeting that raised it.
 */
class MeetingLifecycleTest {

	private static final LocalDate JAN = LocalDate.of(LAST_YEAR, 1, 15);
	private static final LocalDate FEB = LocalDate.of(LAST_YEAR, 2, 12);
	private static final LocalDate MAR = LocalDate.of(LAST_YEAR, 3, 12);
	private static final LocalDate APR = LocalDate.of(LAST_YEAR, 4, 9);

	private final MeetingService meetings = Osgi.service(MeetingService.class);

	@BeforeEach
	void court() {
		MeetingCourt.create();
	}

	@Test
	void anOpenProblemIsCarriedFromMeetingToMeetingUntilResolved() {
		for (LocalDate day : List.of(JAN, FEB, MAR, APR)) {
			MeetingCourt.meeting(day);
		}
		MeetingProblem risks = MeetingCourt.analyse(MeetingCourt.raise(JAN, "风险点清单未更新", "LAF"), JAN);
		MeetingProblem payments = MeetingCourt.raise(JAN, "案款发放不及时", "ZXJ");
		assertEquals(LAST_YEAR + "-01-15-1", risks.problemNo());
		assertEquals(LAST_YEAR + "-01-15-2", payments.problemNo());

		MeetingAgenda feb = meetings.agenda(FEB, MeetingCourt.HEAD);
		assertEquals(List.of(), feb.raised());
		assertEquals(List.of(risks.problemNo(), payments.problemNo()), numbers(feb.carried()));
		assertEquals(JAN, feb.carried().get(0).meetingDate(), "a carried problem names the meeting that raised it");
		MeetingProblem attendance = MeetingCourt.raise(FEB, "窗口考勤不严", "LAF");

		MeetingCourt.resolve(risks, FEB.plusDays(5));
		payments = MeetingCourt.analyse(payments, FEB);
		MeetingAgenda mar = meetings.agenda(MAR, MeetingCourt.HEAD);
		assertEquals(List.of(payments.problemNo(), attendance.problemNo()), numbers(mar.carried()),
				"resolved before March: no longer carried");

		MeetingCourt.resolve(payments, MAR);
		assertEquals(List.of(payments.problemNo(), attendance.problemNo()),
				numbers(meetings.agenda(MAR, MeetingCourt.HEAD).carried()), "resolved at the March meeting: shown there");
		assertEquals(List.of(attendance.problemNo()), numbers(meetings.agenda(APR, MeetingCourt.HEAD).carried()));
		assertEquals(List.of(risks.problemNo(), payments.problemNo()),
				numbers(meetings.agenda(JAN, MeetingCourt.HEAD).raised()), "the problems stay with their meeting");
		assertEquals(List.of(attendance.problemNo()), numbers(meetings.problems(true, MeetingCourt.HEAD)));
		assertEquals(3, meetings.problems(false, MeetingCourt.HEAD).size());
	}

	@Test
	void aProblemIsResolvedOnlyOnceAnalysedAndNeverTwice() {
		MeetingCourt.meeting(JAN);
		MeetingProblem p = MeetingCourt.raise(JAN, "学习记录雷同", "ZXJ");
		ValidationException notAnalysed = assertThrows(ValidationException.class,
				() -> MeetingCourt.resolve(p, FEB));
		assertTrue(notAnalysed.getMessage().contains(p.problemNo()), notAnalysed.getMessage());
		assertThrows(ValidationException.class, () -> meetings.analyse(p.problemNo(), p.version(),
				new ProblemAnalysis("分析", JAN.minusDays(1), "措施", MeetingCourt.INTEGRITY_ZXJ, FEB), MeetingCourt.OFFICE),
				"analysed before the meeting that raised it");
		assertThrows(ValidationException.class, () -> meetings.analyse(p.problemNo(), p.version(),
				new ProblemAnalysis("分析", JAN, "措施", "99999", FEB), MeetingCourt.OFFICE), "an unknown owner");
		MeetingProblem analysed = MeetingCourt.analyse(p, JAN);
		assertThrows(ValidationException.class, () -> MeetingCourt.resolve(analysed, JAN.minusDays(1)));
		MeetingProblem resolved = MeetingCourt.resolve(analysed, FEB);
		assertEquals(FEB, meetings.problem(p.problemNo(), MeetingCourt.HEAD).resolvedOn());
		assertEquals("已整改到位", resolved.resolvedHow());
		assertThrows(ValidationException.class, () -> MeetingCourt.resolve(resolved, MAR), "resolved twice");
		assertThrows(ValidationException.class, () -> MeetingCourt.analyse(resolved, FEB), "analysed once resolved");
	}

	@Test
	void theNamesMustExistAndAProblemNeedsItsMeeting() {
		MeetingCourt.meeting(JAN);
		assertThrows(NotFoundException.class, () -> MeetingCourt.raise(FEB, "无例会", "LAF"));
		assertThrows(ValidationException.class, () -> MeetingCourt.raise(JAN, "部门不存在", "XXX"));
		assertThrows(ValidationException.class, () -> meetings.save(WorkMeeting.of(FEB, WorkMeeting.MONTHLY,
				MeetingCourt.DIRECTOR, List.of(MeetingCourt.FULL_TIME, "99999"), ""), MeetingCourt.OFFICE));
		assertThrows(ValidationException.class, () -> meetings.save(WorkMeeting.of(LocalDate.now().plusDays(1),
				WorkMeeting.MONTHLY, null, List.of(MeetingCourt.FULL_TIME), ""), MeetingCourt.OFFICE), "not held yet");
		assertThrows(NotFoundException.class, () -> meetings.agenda(FEB, MeetingCourt.HEAD));
		assertThrows(NotFoundException.class, () -> meetings.problem(JAN + "-9", MeetingCourt.HEAD));
		assertThrows(NotFoundException.class, () -> meetings.problem("第一个", MeetingCourt.HEAD));

		// saving the day's meeting again updates it
		meetings.save(WorkMeeting.of(JAN, "临时工作例会", null, List.of(MeetingCourt.FULL_TIME), "改期"), MeetingCourt.OFFICE);
		WorkMeeting jan = meetings.agenda(JAN, MeetingCourt.HEAD).meeting();
		assertEquals("临时工作例会", jan.title());
		assertEquals(List.of(MeetingCourt.FULL_TIME), jan.attendees());
	}

	@Test
	void theTileCountsOpenProblemsAndTheRemindersNameThosePastDue() {
		LocalDate recent = LocalDate.now().minusDays(10);
		MeetingCourt.meeting(JAN);
		MeetingCourt.meeting(recent);
		MeetingProblem late = MeetingCourt.analyse(MeetingCourt.raise(JAN, "廉政风险排查滞后", "LAF"), JAN);
		MeetingCourt.analyse(MeetingCourt.raise(recent, "新问题", "ZXJ"), recent);
		MeetingCourt.resolve(MeetingCourt.analyse(MeetingCourt.raise(JAN, "已解决的问题", "ZXJ"), JAN), FEB);

		DashboardTile tile = Osgi.services(DashboardTile.class).stream()
				.filter(t -> t.id().equals("team.meeting-problems")).findFirst().orElseThrow();
		assertEquals("2", tile.compute(MeetingCourt.HEAD).value());
		assertEquals("—", tile.compute(MeetingCourt.STAFF).value());
		assertEquals("team.meetings", tile.target());

		ReminderSource source = Osgi.services(ReminderSource.class).stream()
				.filter(s -> s.id().equals("team.meeting-problems")).findFirst().orElseThrow();
		List<Reminder> reminders = source.reminders(MeetingCourt.HEAD, LocalDate.now());
		assertEquals(List.of(late.problemNo()), reminders.stream().map(Reminder::key).toList());
		assertEquals(Reminder.Urgency.OVERDUE, reminders.get(0).urgency());
		assertEquals(List.of(), source.reminders(MeetingCourt.STAFF, LocalDate.now()));
	}

	private static List<String> numbers(List<MeetingProblem> problems) {
		return problems.stream().map(MeetingProblem::problemNo).toList();
	}
}
