package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import ducha.core.NotFoundException;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.ScreeningClueSource;
import ducha.petitions.Clue;
import ducha.petitions.ClueService;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * A supervisor limited to some departments sees the petitions naming staff of those departments (and those assigned
 * to them) and the clues of those departments; the office, with the whole court in scope, sees all.
 */
class DepartmentScopeTest {

	private final PetitionService petitions = Osgi.service(PetitionService.class);

	@Test
	void aDepartmentsSupervisorSeesOnlyThePetitionsAboutItsStaff() {
		List<Staff> two = judgesOfTwoDepartments();
		Petition ours = Court.register(Reporter.ANONYMOUS, LocalDate.now(), List.of(two.get(0).staffNo()));
		Petition theirs = Court.register(Reporter.ANONYMOUS, LocalDate.now(), List.of(two.get(1).staffNo()));
		Principal scoped = supervisorOf(two.get(0).departmentCode());

		Set<String> listed = petitions.list(scoped).stream().map(Petition::number).collect(Collectors.toSet());
		assertTrue(listed.contains(ours.number()));
		assertTrue(!listed.contains(theirs.number()));
		assertEquals(ours.number(), petitions.get(ours.number(), scoped).number());
		assertThrows(NotFoundException.class, () -> petitions.get(theirs.number(), scoped));
		assertTrue(petitions.list(Court.director()).stream().map(Petition::number).toList()
				.containsAll(List.of(ours.number(), theirs.number())));
	}

	@Test
	void aDepartmentsSupervisorSeesOnlyItsDepartmentsClues() {
		List<Staff> two = judgesOfTwoDepartments();
		String run = UUID.randomUUID().toString().substring(0, 8);
		ScreeningClueSource source = new ScreeningClueSource() {
			@Override
			public String source() {
				return "scope-test";
			}

			@Override
			public List<ScreeningClue> clues() {
				return two.stream().map(s -> new ScreeningClue("（2010）" + run + "号-" + s.staffNo(),
						ScreeningClue.RETRIAL, s.staffNo(), s.departmentCode(), LocalDate.of(2010, 3, 3), "再审"))
						.toList();
			}
		};
		ClueService clues = Osgi.service(ClueService.class);
		ServiceRegistration<ScreeningClueSource> registration = Osgi.register(ScreeningClueSource.class, source);
		try {
			clues.refreshFromSources(Court.supervisor());
		} finally {
			registration.unregister();
		}
		Principal scoped = supervisorOf(two.get(0).departmentCode());

		Map<String, String> seen = clues.clues(scoped).stream().filter(c -> c.caseNumber().contains(run))
				.collect(Collectors.toMap(Clue::caseNumber, Clue::departmentCode));
		assertEquals(Map.of("（2010）" + run + "号-" + two.get(0).staffNo(), two.get(0).departmentCode()), seen);
		assertEquals(2, clues.clues(Court.director()).stream().filter(c -> c.caseNumber().contains(run)).count());
	}

	/** A full-time supervisor account limited to one department (the demo's own accounts see the whole court). */
	private static Principal supervisorOf(String department) {
		return new Principal("scoped-supervisor", "部门督察员", null, Set.of(Role.FULL_TIME_SUPERVISOR),
				DepartmentScope.of(Set.of(department)));
	}

	private static List<Staff> judgesOfTwoDepartments() {
		Court.ensureSeeded();
		List<Staff> judges = Osgi.service(DirectoryService.class).staff(StaffQuery.ALL, Court.ADMIN).stream()
				.filter(s -> "审判员".equals(s.position())).toList();
		Staff first = judges.get(0);
		Staff other = judges.stream().filter(s -> !s.departmentCode().equals(first.departmentCode())).findFirst()
				.orElseThrow(() -> new AssertionError("the demo court has judges in one department only"));
		return List.of(first, other);
	}
}
