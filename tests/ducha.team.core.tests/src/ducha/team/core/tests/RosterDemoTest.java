package ducha.team.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.demo.DemoService;
import ducha.core.directory.SupervisorRole;
import ducha.team.GroupOnDay;
import ducha.team.RosterEntry;
import ducha.team.SelectionCriteria;
import ducha.test.osgi.Osgi;

/** The demo court: its 11 + 11 supervisors with criteria, the five groups drawn from them, and no gaps. */
class RosterDemoTest {

	@BeforeEach
	void empty() {
		TeamTables.reset();
	}

	@Test
	void theDemoCourtHasItsCriteriaFiveGroupsAndNoGaps() {
		Osgi.service(DemoService.class).seed(RosterCourt.ADMIN, null);
		LocalDate today = LocalDate.now();

		List<RosterEntry> roster = RosterCourt.roster().roster(today, RosterCourt.OFFICE);
		assertEquals(11, roster.stream().filter(e -> e.assignment().role() == SupervisorRole.POLITICAL_SUPERVISOR)
				.count());
		assertEquals(11, roster.stream().filter(e -> e.assignment().role() == SupervisorRole.INTEGRITY_SUPERVISOR)
				.count());
		assertTrue(roster.stream().noneMatch(e -> e.criteria().equals(SelectionCriteria.NONE)), "criteria recorded");
		assertEquals(List.of(), RosterCourt.roster().gaps(today, RosterCourt.OFFICE));

		List<GroupOnDay> groups = RosterCourt.groups().groupsOn(today, RosterCourt.OFFICE);
		assertEquals(List.of("执行", "民商事", "立案信访", "行政综合（含财务、项目建设）", "刑事行政").stream().sorted().toList(),
				groups.stream().map(g -> g.group().name()).sorted().toList());
		for (GroupOnDay g : groups) {
			assertTrue(g.members().size() >= 2, g.group().name());
			assertTrue(g.members().stream().anyMatch(m -> m.staffNo().equals(g.group().leaderStaffNo())),
					"the leader is a member of " + g.group().name());
			// members are the supervisors the platform placed in the group
			assertTrue(g.members().stream().allMatch(m -> roster.stream().anyMatch(
					e -> e.staffNo().equals(m.staffNo()) && g.group().name().equals(e.assignment().groupName()))));
		}
	}
}
