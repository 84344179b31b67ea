package ducha.team.core.tests;

import static ducha.team.core.tests.RosterCourt.FULL_TIME;
import static ducha.team.core.tests.RosterCourt.HEAD_LAT;
import static ducha.team.core.tests.RosterCourt.OFFICE;
import static ducha.team.core.tests.RosterCourt.OFFICE_LAT;
import static ducha.team.core.tests.RosterCourt.STAFF;
import static ducha.team.core.tests.RosterCourt.appoint;
import static ducha.team.core.tests.RosterCourt.groups;
import static ducha.team.core.tests.RosterCourt.roster;
import static ducha.team.core.tests.RosterCourt.term;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import ducha.core.directory.SupervisorRole;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.team.GroupMember;
import ducha.team.RosterEntry;
import ducha.team.SpecialistGroup;

/**
 * Every roster and group method refuses a caller without the permission, and the department-bound ones a caller
 * whose scope does not hold the department; readers see the departments of their scope only.
 */
class RosterAccessTest {

	private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

	private RosterEntry lat;
	private RosterEntry zxj;
	private GroupMember member;

	@BeforeEach
	void court() {
		TeamTables.reset();
		RosterCourt.create();
		lat = appoint(RosterCourt.WANG, SupervisorRole.POLITICAL_SUPERVISOR, "LAT", LocalDate.of(2024, 1, 1), null);
		zxj = appoint(RosterCourt.SUN, SupervisorRole.POLITICAL_SUPERVISOR, "ZXJ", LocalDate.of(2024, 1, 1), null);
		appoint(RosterCourt.ZHOU, SupervisorRole.FULL_TIME_SUPERVISOR, null, LocalDate.of(2024, 1, 1), null);
		groups().create(new SpecialistGroup("MSS", "民商事", "", null, LocalDate.of(2024, 1, 1), null), OFFICE);
		member = groups().addMember("MSS", RosterCourt.WANG, LocalDate.of(2024, 1, 1), OFFICE);
	}

	@Test
	void aStaffMemberMayNeitherReadNorChangeAnything() {
		for (Executable call : everyCall(STAFF)) {
			assertThrows(AccessDeniedException.class, call);
		}
	}

	@Test
	void aReaderReadsButChangesNothing() {
		List<Executable> calls = everyCall(HEAD_LAT);
		for (Executable change : calls.subList(0, CHANGES)) {
			assertThrows(AccessDeniedException.class, change);
		}
		for (Executable read : calls.subList(CHANGES, calls.size())) {
			assertDoesNotThrow(read);
		}
	}

	@Test
	void aFullTimeSupervisorKeepsGroupsAndCriteriaButDoesNotAppoint() {
		assertThrows(AccessDeniedException.class, () -> roster().appoint(
				term(RosterCourt.QIAN, SupervisorRole.INTEGRITY_SUPERVISOR, "ZXJ", DAY, null), RosterCourt.CRITERIA,
				FULL_TIME));
		assertThrows(AccessDeniedException.class, () -> roster().end(zxj.id(), DAY, FULL_TIME));
		roster().recordCriteria(zxj.id(), RosterCourt.CRITERIA, FULL_TIME);
		groups().addMember("MSS", RosterCourt.SUN, DAY, FULL_TIME);
	}

	@Test
	void aDirectorScopedToOneDepartmentActsOnNoOther() {
		assertThrows(AccessDeniedException.class, () -> roster().appoint(
				term(RosterCourt.QIAN, SupervisorRole.INTEGRITY_SUPERVISOR, "ZXJ", DAY, null), RosterCourt.CRITERIA,
				OFFICE_LAT));
		assertThrows(AccessDeniedException.class, () -> roster().end(zxj.id(), DAY, OFFICE_LAT));
		assertThrows(AccessDeniedException.class,
				() -> roster().recordCriteria(zxj.id(), RosterCourt.CRITERIA, OFFICE_LAT));
		assertThrows(AccessDeniedException.class, () -> roster().exempt("ZXJ", "", OFFICE_LAT));
		assertThrows(AccessDeniedException.class, () -> roster().unexempt("ZXJ", OFFICE_LAT));
		roster().end(lat.id(), DAY, OFFICE_LAT);
		assertEquals(2, roster().roster(DAY.minusDays(1), OFFICE_LAT).size(), "立案庭's and the court-wide role");
		assertEquals(List.of(), roster().history(RosterCourt.SUN, HEAD_LAT), "执行局 is outside the head's scope");
		assertEquals(1, roster().history(RosterCourt.SUN, OFFICE).size());
	}

	/** How many of {@link #everyCall}'s calls change something (they come first). */
	private static final int CHANGES = 12;

	private List<Executable> everyCall(Principal p) {
		return List.of(
				() -> roster().appoint(term(RosterCourt.QIAN, SupervisorRole.INTEGRITY_SUPERVISOR, "LAT", DAY, null),
						RosterCourt.CRITERIA, p),
				() -> roster().end(lat.id(), DAY, p),
				() -> roster().recordCriteria(lat.id(), RosterCourt.CRITERIA, p),
				() -> roster().exempt("LAT", "", p),
				() -> roster().unexempt("LAT", p),
				() -> groups().create(new SpecialistGroup("ZX", "执行", "", null, DAY, null), p),
				() -> groups().rename("MSS", "民商事组", 0, p),
				() -> groups().setLeader("MSS", RosterCourt.WANG, 0, p),
				() -> groups().dissolve("MSS", DAY, 0, p),
				() -> groups().addMember("MSS", RosterCourt.ZHAO, DAY, p),
				() -> groups().removeMember(member.id(), DAY, member.version(), p),
				() -> roster().recordCriteria(zxj.id(), RosterCourt.CRITERIA, p),
				// reads
				() -> roster().roster(DAY, p),
				() -> roster().history(RosterCourt.WANG, p),
				() -> roster().gaps(DAY, p),
				() -> roster().exempted(p),
				() -> groups().groups(p),
				() -> groups().groupsOn(DAY, p),
				() -> groups().members("MSS", p));
	}
}
