package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import ducha.core.NotFoundException;
import ducha.core.directory.SupervisionGroup;
import ducha.core.directory.SupervisionGroups;
import ducha.core.ledger.LedgerService;
import ducha.core.security.AccessDeniedException;
import ducha.inspections.InspectionPlan;
import ducha.inspections.PlanService;

/**
 * Plans assigned to a specialist group (专业督察组) while the supervisor team plugin keeps the groups (here a
 * test-registered {@link SupervisionGroups}), and as free text without it (the inspections tests run without the
 * team plugin).
 */
class PlanGroupsTest {

	/** 民商事 has 陈庭 and 刘局 until 30 June 2025, then 刘局 alone; 执行 exists from 2025 on. */
	private static final SupervisionGroups GROUPS = day -> List.of(
			new SupervisionGroup("MSS", "民商事", Court.CHEN,
					day.isAfter(LocalDate.of(2025, 6, 30)) ? List.of(Court.LIU) : List.of(Court.CHEN, Court.LIU)),
			new SupervisionGroup("ZX", "执行", null, day.getYear() < 2025 ? List.of() : List.of(Court.LI)));

	private final PlanService plans = Osgi.service(PlanService.class);
	private ServiceRegistration<SupervisionGroups> registered;

	@TempDir
	Path folder;

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@AfterEach
	void unregister() {
		if (registered != null) {
			registered.unregister();
		}
	}

	@Test
	void withoutTheTeamPluginAnAssigneeIsFreeTextAndSuggestsNoOne() {
		plans.planYear(2025, LocalDate.of(2025, 1, 1), List.of("民商事", Court.LIU), Court.OFFICE);

		assertEquals(List.of(), plans.groupsOn(LocalDate.of(2025, 3, 1), Court.OFFICE));
		assertEquals(List.of(), plans.assignedStaff("2025-R01", Court.OFFICE), "民商事 is only a name");
		assertEquals(List.of(Court.LIU), plans.assignedStaff("2025-R02", Court.OFFICE), "a 工号 is the supervisor");
	}

	@Test
	void aPlanAssignedToAGroupSuggestsItsMembersOnTheDueDay() {
		registered = Osgi.register(SupervisionGroups.class, GROUPS);
		List<InspectionPlan> year = plans.planYear(2025, LocalDate.of(2025, 1, 1), List.of("民商事"), Court.OFFICE);

		assertEquals(List.of("民商事", "执行"),
				plans.groupsOn(LocalDate.of(2025, 3, 1), Court.OFFICE).stream().map(SupervisionGroup::name).toList());
		assertEquals("民商事", year.get(0).assignee());
		assertEquals(List.of(Court.CHEN, Court.LIU), plans.assignedStaff("2025-R06", Court.OFFICE), "due 30 June");
		assertEquals(List.of(Court.LIU), plans.assignedStaff("2025-R07", Court.OFFICE), "due 31 July");
		assertThrows(NotFoundException.class, () -> plans.assignedStaff("2025-R13", Court.OFFICE));
		assertThrows(AccessDeniedException.class, () -> plans.assignedStaff("2025-R06", Court.HEAD_LAF));
	}

	@Test
	void thePlanLedgerTakesAGroupByNameOrCode() throws Exception {
		registered = Osgi.register(SupervisionGroups.class, GROUPS);
		Path file = folder.resolve("plans.csv");
		Files.writeString(file, """
				计划编号,月份,督察类型,督察内容,专项主题,承办人,完成期限,督察编号
				2025-R03,2025-03,例行督察,作风纪律,,执行,2025-03-31,
				2025-R04,2025-04,例行督察,作风纪律,,MSS,2025-04-30,
				2024-R04,2024-04,例行督察,作风纪律,,执行,2024-04-30,
				""");
		Osgi.service(LedgerService.class).importFile("inspections.plans", file, Court.ADMIN);

		assertEquals(List.of(Court.LI), plans.assignedStaff("2025-R03", Court.OFFICE));
		assertEquals(List.of(Court.CHEN, Court.LIU), plans.assignedStaff("2025-R04", Court.OFFICE));
		assertEquals(List.of(), plans.assignedStaff("2024-R04", Court.OFFICE), "the group had no members then");
	}
}
