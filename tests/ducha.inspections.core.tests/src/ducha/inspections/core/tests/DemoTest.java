package ducha.inspections.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.inspections.Bulletin;
import ducha.inspections.BulletinService;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;

/** The demo year: about four inspections a month, both modes, on site and 云督察, findings, two bulletins. */
class DemoTest {

	private static final LocalDate TODAY = LocalDate.now();

	@BeforeEach
	void court() {
		InspectionsTables.reset();
		Court.create();
	}

	@Test
	void theDemoSeederRecordsAPlausibleYear() {
		DemoSeeder seeder = Osgi.services(DemoSeeder.class).stream().filter(s -> s.id().equals("inspections"))
				.findFirst().orElseThrow();
		List<Staff> staff = Osgi.service(DirectoryService.class).staff(StaffQuery.ALL, Court.ADMIN);
		seeder.seed(new DemoContext() {
			private final Random random = new Random(7);

			@Override
			public Random random() {
				return random;
			}

			@Override
			public LocalDate today() {
				return TODAY;
			}

			@Override
			public List<Staff> staff() {
				return staff;
			}

			@Override
			public Principal actor() {
				return Court.ADMIN;
			}

			@Override
			public void log(String message) {
				// the demo's progress is not checked
			}
		});

		InspectionService inspections = Osgi.service(InspectionService.class);
		List<Inspection> year = inspections.inspections(new Period(ducha.core.period.PeriodKind.CUSTOM,
				TODAY.minusMonths(12), TODAY), Court.OFFICE);
		assertTrue(year.size() >= 40 && year.size() <= 60, "inspections: " + year.size());
		assertTrue(year.stream().anyMatch(i -> i.mode() == InspectionMode.UNANNOUNCED));
		assertTrue(year.stream().anyMatch(i -> i.source().cloud()));
		long findings = year.stream().mapToLong(i -> inspections.findings(i.inspectionNo(), Court.OFFICE).size()).sum();
		assertTrue(findings >= 10, "findings: " + findings);
		List<Bulletin> bulletins = List.of(TODAY.getYear() - 1, TODAY.getYear()).stream()
				.flatMap(y -> Osgi.service(BulletinService.class).bulletins(y, Court.OFFICE).stream()).toList();
		assertEquals(2, bulletins.size());
		assertTrue(year.stream().filter(i -> i.date().isBefore(TODAY.minusDays(31))).allMatch(Inspection::closed),
				"the older inspections are closed");
	}
}
