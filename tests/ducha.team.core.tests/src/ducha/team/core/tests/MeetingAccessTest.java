package ducha.team.core.tests;

import static ducha.team.core.tests.MeetingCourt.LAST_YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import ducha.core.documents.DocumentFormat;
import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.MentoringService;
import ducha.team.Mentorship;
import ducha.team.Milestone;
import ducha.team.ProblemAnalysis;
import ducha.team.ShadowedItem;
import ducha.team.WorkMeeting;
import ducha.test.osgi.Osgi;

/**
 * Every method of the meetings and the mentoring refuses a caller without {@code team.read} (a staff member); the
 * changes refuse a reader without {@code team.manage} (a department head) and, for a problem, an office member
 * without its department in their scope. Nothing refused is stored.
 */
class MeetingAccessTest {

	private static final LocalDate JAN = LocalDate.of(LAST_YEAR, 1, 15);

	private final MeetingService meetings = Osgi.service(MeetingService.class);
	private final MentoringService mentoring = Osgi.service(MentoringService.class);

	private MeetingProblem problem;
	private Mentorship mentorship;

	@BeforeEach
	void records() {
		MeetingCourt.create();
		MeetingCourt.meeting(JAN);
		problem = MeetingCourt.analyse(MeetingCourt.raise(JAN, "问题", "LAF"), JAN);
		mentorship = mentoring.start(Mentorship.of(MeetingCourt.FULL_TIME, MeetingCourt.POLITICAL_ZXJ,
				LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(1), "", List.of()), MeetingCourt.OFFICE);
	}

	@Test
	void withoutReadNothingIsRead() {
		Principal staff = MeetingCourt.STAFF;
		refused(() -> meetings.meetings(Period.year(LAST_YEAR), staff));
		refused(() -> meetings.agenda(JAN, staff));
		refused(() -> meetings.problems(false, staff));
		refused(() -> meetings.problem(problem.problemNo(), staff));
		refused(() -> meetings.supervisorsOn(JAN, staff));
		refused(() -> meetings.writeMinutes(JAN, DocumentFormat.DOCX, new ByteArrayOutputStream(), staff));
		refused(() -> mentoring.mentorships(staff));
		refused(() -> mentoring.mentorship(mentorship.id(), staff));
		assertEquals(1, meetings.meetings(Period.year(LAST_YEAR), MeetingCourt.HEAD).size(), "a head reads");
		assertEquals(6, meetings.supervisorsOn(JAN, MeetingCourt.HEAD).size());
	}

	@Test
	void withoutManageNothingChanges() {
		for (Principal reader : List.of(MeetingCourt.HEAD, MeetingCourt.STAFF)) {
			refused(() -> meetings.save(WorkMeeting.of(JAN.plusDays(1), "例会", null, List.of(MeetingCourt.FULL_TIME),
					""), reader));
			refused(() -> meetings.raise(MeetingProblem.raise(JAN, MeetingCourt.POLITICAL_LAF, "问题", "LAF"), reader));
			refused(() -> meetings.analyse(problem.problemNo(), problem.version(), new ProblemAnalysis("分析", JAN, "措施",
					MeetingCourt.INTEGRITY_LAF, JAN.plusDays(9)), reader));
			refused(() -> meetings.resolve(problem.problemNo(), problem.version(), JAN.plusDays(3), "已解决", reader));
			refused(() -> mentoring.start(Mentorship.of(MeetingCourt.DIRECTOR, MeetingCourt.POLITICAL_LAF,
					LocalDate.now(), LocalDate.now().plusMonths(1), "", List.of()), reader));
			refused(() -> mentoring.addMilestone(mentorship.id(), Milestone.of("里程碑", LocalDate.now()), reader));
			refused(() -> mentoring.milestoneDone(mentorship.id(), 1, LocalDate.now(), reader));
			refused(() -> mentoring.addShadowed(mentorship.id(),
					new ShadowedItem(ShadowedItem.Kind.CASE, "（2025）川0724民初1号", null, ""), reader));
			refused(() -> mentoring.signOff(mentorship.id(), mentorship.version(), LocalDate.now(), "结业", reader));
		}
		assertEquals(1, meetings.meetings(Period.year(LAST_YEAR), MeetingCourt.OFFICE).size());
		assertEquals(1, meetings.problems(false, MeetingCourt.OFFICE).size());
		assertEquals(null, meetings.problem(problem.problemNo(), MeetingCourt.OFFICE).resolvedOn());
		assertEquals(List.of(), mentoring.mentorship(mentorship.id(), MeetingCourt.OFFICE).milestones());
	}

	@Test
	void anOfficeMemberOutsideTheProblemsDepartmentMayNotChangeIt() {
		Principal zxjOnly = new Principal("zxj", "zxj", null, Set.of(Role.FULL_TIME_SUPERVISOR),
				DepartmentScope.of(Set.of("ZXJ")));
		refused(() -> meetings.raise(MeetingProblem.raise(JAN, MeetingCourt.POLITICAL_LAF, "问题", "LAF"), zxjOnly));
		refused(() -> meetings.resolve(problem.problemNo(), problem.version(), JAN.plusDays(3), "已解决", zxjOnly));
		assertEquals(LAST_YEAR + "-01-15-2", meetings.raise(MeetingProblem.raise(JAN, MeetingCourt.POLITICAL_ZXJ,
				"执行局的问题", "ZXJ"), zxjOnly).problemNo());
	}

	private static void refused(Executable call) {
		assertThrows(AccessDeniedException.class, call);
	}
}
