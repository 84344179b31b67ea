package ducha.team.core.tests;

import static ducha.team.core.tests.RosterCourt.OFFICE;
import static ducha.team.core.tests.RosterCourt.appoint;
import static ducha.team.core.tests.RosterCourt.roster;
import static ducha.team.core.tests.RosterCourt.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.team.RosterEntry;
import ducha.team.RosterGap;
import ducha.team.SelectionCriteria;
import ducha.test.osgi.Osgi;

/** The roster: who held a role on a past day, the gaps of a day, and the terms that may not overlap. */
class RosterTest {

	private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

	@BeforeEach
	void court() {
		TeamTables.reset();
		RosterCourt.create();
	}

	@Test
	void aDepartmentWithoutAPoliticalOrIntegritySupervisorIsAGapUnlessExempted() {
		appoint(RosterCourt.WANG, SupervisorRole.POLITICAL_SUPERVISOR, "LAT", LocalDate.of(2024, 1, 1), null);
		appoint(RosterCourt.ZHAO, SupervisorRole.INTEGRITY_SUPERVISOR, "LAT", LocalDate.of(2024, 1, 1), null);
		appoint(RosterCourt.SUN, SupervisorRole.POLITICAL_SUPERVISOR, "ZXJ", LocalDate.of(2024, 1, 1), null);
		// the integrity supervisor of 执行局 ended before the day
		appoint(RosterCourt.QIAN, SupervisorRole.INTEGRITY_SUPERVISOR, "ZXJ", LocalDate.of(2023, 1, 1),
				LocalDate.of(2024, 5, 31));

		assertEquals(List.of(new RosterGap("ZXJ", SupervisorRole.INTEGRITY_SUPERVISOR),
				new RosterGap("ZZB", SupervisorRole.POLITICAL_SUPERVISOR),
				new RosterGap("ZZB", SupervisorRole.INTEGRITY_SUPERVISOR)), roster().gaps(DAY, OFFICE),
				"院领导 is never a gap");
		assertEquals(List.of(new RosterGap("ZXJ", SupervisorRole.POLITICAL_SUPERVISOR)),
				roster().gaps(LocalDate.of(2023, 6, 1), OFFICE).stream().filter(g -> g.departmentCode().equals("ZXJ"))
						.toList(), "a year earlier 执行局 had its integrity supervisor");

		roster().exempt("ZZB", "督察室本身不设兼职督察员", OFFICE);
		assertEquals(List.of("ZZB"), roster().exempted(OFFICE));
		assertEquals(List.of(new RosterGap("ZXJ", SupervisorRole.INTEGRITY_SUPERVISOR)), roster().gaps(DAY, OFFICE));
		assertEquals(List.of(), roster().gaps(DAY, RosterCourt.HEAD_LAT), "the head of 立案庭 sees 立案庭 only");
		roster().unexempt("ZZB", OFFICE);
		assertEquals(3, roster().gaps(DAY, OFFICE).size());
	}

	@Test
	void theRosterOfAPastDayShowsWhoHeldTheRoleThenWithTheCriteria() {
		RosterEntry before = appoint(RosterCourt.WANG, SupervisorRole.POLITICAL_SUPERVISOR, "LAT",
				LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
		RosterEntry after = appoint(RosterCourt.ZHAO, SupervisorRole.POLITICAL_SUPERVISOR, "LAT",
				LocalDate.of(2023, 1, 1), null);

		assertEquals(List.of(before.id()), ids(roster().roster(LocalDate.of(2021, 6, 1), OFFICE)));
		assertEquals(List.of(before.id()), ids(roster().roster(LocalDate.of(2022, 12, 31), OFFICE)));
		assertEquals(List.of(after.id()), ids(roster().roster(LocalDate.of(2023, 1, 1), OFFICE)));
		assertEquals(List.of(), roster().roster(LocalDate.of(2019, 12, 31), OFFICE));
		RosterEntry shown = roster().roster(DAY, OFFICE).get(0);
		assertEquals("赵庭", shown.staffName());
		assertEquals(RosterCourt.CRITERIA, shown.criteria());

		List<RosterEntry> history = roster().history(RosterCourt.WANG, OFFICE);
		assertEquals(1, history.size());
		assertEquals(LocalDate.of(2022, 12, 31), history.get(0).assignment().endDate());

		roster().end(after.id(), LocalDate.of(2024, 5, 31), OFFICE);
		assertEquals(List.of(), roster().roster(DAY, OFFICE));
		assertEquals(List.of(after.id()), ids(roster().roster(LocalDate.of(2024, 5, 31), OFFICE)));
	}

	@Test
	void anOverlappingTermOrBadInputIsRefusedBeforeAnythingIsStored() {
		appoint(RosterCourt.WANG, SupervisorRole.POLITICAL_SUPERVISOR, "LAT", LocalDate.of(2023, 1, 1), null);
		SupervisorService supervisors = Osgi.service(SupervisorService.class);

		ValidationException overlap = assertThrows(ValidationException.class, () -> appoint(RosterCourt.ZHAO,
				SupervisorRole.POLITICAL_SUPERVISOR, "LAT", LocalDate.of(2024, 1, 1), null));
		assertTrue(overlap.getMessage().contains("王立"), overlap.getMessage());
		assertThrows(ValidationException.class, () -> appoint(RosterCourt.WANG,
				SupervisorRole.POLITICAL_SUPERVISOR, "LAT", LocalDate.of(2022, 6, 1), LocalDate.of(2023, 1, 1)));
		assertThrows(ValidationException.class,
				() -> appoint(RosterCourt.ZHAO, SupervisorRole.INTEGRITY_SUPERVISOR, null, DAY, null));
		assertThrows(ValidationException.class,
				() -> appoint("49999", SupervisorRole.INTEGRITY_SUPERVISOR, "LAT", DAY, null));
		assertThrows(ValidationException.class,
				() -> appoint(RosterCourt.ZHAO, SupervisorRole.INTEGRITY_SUPERVISOR, "XXX", DAY, null));
		String tooLong = "很".repeat(SelectionCriteria.TEXT_LENGTH + 1);
		assertThrows(ValidationException.class, () -> roster().appoint(
				term(RosterCourt.ZHAO, SupervisorRole.INTEGRITY_SUPERVISOR, "LAT", DAY, null),
				new SelectionCriteria(tooLong, null, null, null, null), OFFICE));
		assertEquals(1, supervisors.ofRole(SupervisorRole.POLITICAL_SUPERVISOR).size());
		assertEquals(0, supervisors.ofRole(SupervisorRole.INTEGRITY_SUPERVISOR).size());

		// the successor starts the day after the predecessor's last day
		roster().end(roster().history(RosterCourt.WANG, OFFICE).get(0).id(), LocalDate.of(2023, 12, 31), OFFICE);
		appoint(RosterCourt.ZHAO, SupervisorRole.POLITICAL_SUPERVISOR, "LAT", LocalDate.of(2024, 1, 1), null);
		// several full-time supervisors at once, but not the same person twice
		appoint(RosterCourt.ZHOU, SupervisorRole.FULL_TIME_SUPERVISOR, null, LocalDate.of(2024, 1, 1), null);
		appoint(RosterCourt.WU, SupervisorRole.FULL_TIME_SUPERVISOR, null, LocalDate.of(2024, 1, 1), null);
		assertThrows(ValidationException.class, () -> appoint(RosterCourt.WU, SupervisorRole.FULL_TIME_SUPERVISOR,
				null, LocalDate.of(2024, 3, 1), null));
		assertEquals(3, roster().roster(DAY, OFFICE).size(), "王立 ended; 赵庭, 周督 and 吴督 hold roles");
	}

	@Test
	void criteriaAreRecordedLaterForAnAppointmentMadeWithoutThem() {
		RosterEntry bare = roster().appoint(
				term(RosterCourt.SUN, SupervisorRole.INTEGRITY_SUPERVISOR, "ZXJ", LocalDate.of(2024, 1, 1), null),
				SelectionCriteria.NONE, OFFICE);
		assertEquals(SelectionCriteria.NONE, roster().roster(DAY, OFFICE).get(0).criteria());
		roster().recordCriteria(bare.id(), RosterCourt.CRITERIA, RosterCourt.FULL_TIME);
		assertEquals(RosterCourt.CRITERIA, roster().roster(DAY, OFFICE).get(0).criteria());
	}

	private static List<Long> ids(List<RosterEntry> entries) {
		return entries.stream().map(RosterEntry::id).toList();
	}
}
