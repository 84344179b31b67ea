package ducha.team.core.tests;

import static ducha.team.core.tests.RosterCourt.OFFICE;
import static ducha.team.core.tests.RosterCourt.groups;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.directory.SupervisionGroup;
import ducha.core.directory.SupervisionGroups;
import ducha.team.GroupMember;
import ducha.team.GroupOnDay;
import ducha.team.SpecialistGroup;
import ducha.test.osgi.Osgi;

/** The specialist groups over time: established, renamed, members joining and leaving, dissolved. */
class GroupsTest {

	private static final LocalDate START = LocalDate.of(2024, 1, 1);

	@BeforeEach
	void court() {
		TeamTables.reset();
		RosterCourt.create();
	}

	@Test
	void membersAcrossDepartmentsComeAndGoAndTheGroupsOfADayShowThem() {
		groups().create(new SpecialistGroup("MSS", "民商事", "民商事审判", RosterCourt.WANG, START, null), OFFICE);
		GroupMember wang = groups().addMember("MSS", RosterCourt.WANG, START, OFFICE);
		groups().addMember("MSS", RosterCourt.SUN, START, OFFICE);
		GroupMember zhou = groups().addMember("MSS", RosterCourt.ZHOU, LocalDate.of(2024, 3, 1), OFFICE);
		groups().removeMember(wang.id(), LocalDate.of(2024, 6, 30), wang.version(), OFFICE);

		assertEquals(List.of(RosterCourt.WANG, RosterCourt.SUN), members(LocalDate.of(2024, 2, 1)));
		assertEquals(List.of(RosterCourt.SUN, RosterCourt.ZHOU), members(LocalDate.of(2024, 7, 1)));
		assertThrows(ValidationException.class,
				() -> groups().addMember("MSS", RosterCourt.ZHOU, LocalDate.of(2024, 8, 1), OFFICE),
				"周督 is a member already");
		assertThrows(ValidationException.class,
				() -> groups().addMember("MSS", RosterCourt.QIAN, LocalDate.of(2023, 12, 31), OFFICE),
				"the group did not exist then");

		groups().rename("MSS", "民商事督察组", stored("MSS").version(), OFFICE);
		groups().setLeader("MSS", RosterCourt.SUN, stored("MSS").version(), OFFICE);
		groups().create(new SpecialistGroup("ZX", "执行", "", null, START, null), OFFICE);
		assertThrows(ValidationException.class, () -> groups().rename("ZX", "民商事督察组", stored("ZX").version(), OFFICE));
		assertThrows(ValidationException.class,
				() -> groups().create(new SpecialistGroup("ZX2", "执行", "", null, START, null), OFFICE));

		SupervisionGroups platformView = Osgi.service(SupervisionGroups.class);
		assertEquals(List.of(new SupervisionGroup("MSS", "民商事督察组", RosterCourt.SUN,
				List.of(RosterCourt.SUN, RosterCourt.ZHOU)), new SupervisionGroup("ZX", "执行", null, List.of())),
				platformView.groupsOn(LocalDate.of(2024, 7, 1)));

		groups().dissolve("MSS", LocalDate.of(2024, 12, 31), stored("MSS").version(), OFFICE);
		assertEquals(List.of("MSS", "ZX"), codes(LocalDate.of(2024, 12, 31)));
		assertEquals(List.of("ZX"), codes(LocalDate.of(2025, 1, 1)));
		assertEquals(LocalDate.of(2024, 12, 31),
				groups().members("MSS", OFFICE).stream().filter(m -> m.id() == zhou.id()).findFirst().orElseThrow()
						.to(), "the members leave with the group");
	}

	private static List<String> members(LocalDate day) {
		return groups().groupsOn(day, OFFICE).get(0).members().stream().map(GroupMember::staffNo).toList();
	}

	private static List<String> codes(LocalDate day) {
		return groups().groupsOn(day, OFFICE).stream().map(GroupOnDay::group).map(SpecialistGroup::code).toList();
	}

	/** The group as stored now, whose version a rename passes back. */
	private static SpecialistGroup stored(String code) {
		return groups().groups(OFFICE).stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
	}
}
