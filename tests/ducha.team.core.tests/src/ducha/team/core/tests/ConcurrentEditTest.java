package ducha.team.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.team.GroupService;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.ProblemAnalysis;
import ducha.team.SpecialistGroup;
import ducha.test.osgi.Osgi;

/**
 * Two desktops open the same record; the first saves; the second's save, made from what it read before, is refused
 * naming the first desktop's account, and nothing of it is stored.
 */
class ConcurrentEditTest {

	private static final LocalDate JAN = LocalDate.of(LocalDate.now().getYear() - 1, 1, 15);

	/** A second office account, so that the refusal can name who made the first change. */
	private static final Principal DESK_TWO = new Principal("deputy", "deputy", null,
			Set.of(Role.OFFICE_DIRECTOR), DepartmentScope.ALL);

	@Test
	void aRenameFromAnOutOfDateListIsRefusedNamingWhoRenamedTheGroup() {
		TeamTables.reset();
		RosterCourt.create();
		GroupService groups = Osgi.service(GroupService.class);
		groups.create(new SpecialistGroup("MSS", "民商事", "", null, JAN, null), RosterCourt.OFFICE);
		SpecialistGroup seenByOne = only(groups, "MSS");
		SpecialistGroup seenByTwo = only(groups, "MSS");

		SpecialistGroup renamed = groups.rename("MSS", "民商事督察组", seenByOne.version(), DESK_TWO);
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> groups.rename("MSS", "民商事审判督察组", seenByTwo.version(), RosterCourt.OFFICE));

		assertEquals("deputy", refused.changedBy().orElseThrow());
		assertTrue(refused.getMessage().contains("deputy"), refused.getMessage());
		assertEquals("民商事督察组", only(groups, "MSS").name(), "nothing of the second rename stored");
		assertEquals(renamed.version(), only(groups, "MSS").version(), "the returned record carries the new version");
		groups.rename("MSS", "民商事审判督察组", renamed.version(), RosterCourt.OFFICE);
		assertEquals("民商事审判督察组", only(groups, "MSS").name(), "saved again from the reloaded record");
	}

	@Test
	void aResolutionFromAnOutOfDateViewOfTheProblemIsRefused() {
		MeetingCourt.create();
		MeetingService meetings = Osgi.service(MeetingService.class);
		MeetingCourt.meeting(JAN);
		MeetingProblem analysed = MeetingCourt.analyse(MeetingCourt.raise(JAN, "案款发放不及时", "ZXJ"), JAN);
		MeetingProblem seenByTwo = meetings.problem(analysed.problemNo(), MeetingCourt.OFFICE);

		meetings.analyse(seenByTwo.problemNo(), seenByTwo.version(), new ProblemAnalysis("案款系统故障", JAN,
				"修复系统后补发", seenByTwo.ownerStaffNo(), JAN.plusDays(9)), DESK_TWO);
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> meetings.resolve(analysed.problemNo(), analysed.version(), JAN.plusDays(3), "已发放",
						MeetingCourt.OFFICE));

		assertEquals("deputy", refused.changedBy().orElseThrow());
		MeetingProblem stored = meetings.problem(analysed.problemNo(), MeetingCourt.OFFICE);
		assertEquals(null, stored.resolvedOn(), "nothing of the out-of-date resolution stored");
		assertEquals("修复系统后补发", stored.resolution());
	}

	private static SpecialistGroup only(GroupService groups, String code) {
		return groups.groups(RosterCourt.OFFICE).stream().filter(g -> g.code().equals(code)).findFirst()
				.orElseThrow();
	}
}
