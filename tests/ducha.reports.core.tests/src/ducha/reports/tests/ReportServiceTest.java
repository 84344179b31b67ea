package ducha.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import ducha.core.period.Period;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Permission;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.spi.ReportFigure;
import ducha.reports.AnnualReport;
import ducha.reports.ReportChapter;
import ducha.reports.ReportService;

class ReportServiceTest {

	private static final LocalDate ISSUED = LocalDate.of(2025, 1, 10);
	/** The administrator holds the report's permission. */
	static final Principal READER = Principal.system("tester");

	@Test
	void theReportHasExactlyTheInstalledPluginsFiguresAndLeavesOutAnAbsentOne() {
		ReportService reports = Services.get(ReportService.class);
		try (FakePlugin petitions = Plugins.petitions().install();
				FakePlugin inspections = Plugins.inspections().install()) {
			AnnualReport report = reports.compile(Period.year(Plugins.YEAR), ISSUED, READER);

			assertEquals(List.of("inspections", "petitions"),
					report.chapters().stream().map(ReportChapter::section).toList(),
					"sections of the installed plugins in their order; cases is not installed");
			assertEquals(List.of(new ReportFigure("inspections.inspections", 45, "开展督察（次）"),
					new ReportFigure("inspections.bulletins", 9, "通报（期）")), report.chapters().get(0).figures());
			assertEquals(List.of(new ReportFigure("petitions.received", 4, "受理信访举报（件）"),
					new ReportFigure("petitions.disposed", 4, "办结并处置, 含\"立查立办\"")), report.chapters().get(1).figures());
			assertEquals("2024年督察工作总结", report.title());
			assertEquals(ReportService.OFFICE, report.office());
		}
	}

	@Test
	void eachSectionGetsASentenceBuiltFromItsFigures() {
		ReportService reports = Services.get(ReportService.class);
		try (FakePlugin inspections = Plugins.inspections().install()) {
			AnnualReport report = reports.compile(Period.year(Plugins.YEAR), ISSUED, READER);

			assertEquals("开展督察45次，通报9期。", report.chapters().get(0).summary());
		}
	}

	@Test
	void figuresCountOnlyRecordsInsideThePeriod() {
		ReportService reports = Services.get(ReportService.class);
		try (FakePlugin inspections = Plugins.inspections().install()) {
			AnnualReport firstQuarter = reports.compile(Period.quarter(Plugins.YEAR + 1, 1), ISSUED, READER);
			AnnualReport twoDays = reports.compile(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)),
					ISSUED, READER);

			assertEquals(3, firstQuarter.chapters().get(0).figures().get(0).value());
			assertEquals(2, twoDays.chapters().get(0).figures().get(0).value(), "both ends of the period count");
		}
	}

	@Test
	void aPluginRemovedAtRunTimeDisappearsFromTheNextReport() {
		ReportService reports = Services.get(ReportService.class);
		FakePlugin inspections = Plugins.inspections().install();
		try (FakePlugin petitions = Plugins.petitions().install()) {
			inspections.close();

			AnnualReport report = reports.compile(Period.year(Plugins.YEAR), ISSUED, READER);

			assertEquals(List.of("petitions"), report.chapters().stream().map(ReportChapter::section).toList());
		}
	}

	@Test
	void withoutPluginsTheReportIsEmptyButStillComplete() {
		AnnualReport report = Services.get(ReportService.class).compile(Period.year(Plugins.YEAR), ISSUED, READER);

		assertTrue(report.chapters().isEmpty());
		assertEquals(Period.year(Plugins.YEAR), report.period());
	}

	@Test
	void aReaderWithoutTheReportsPermissionGetsNoReport() {
		Principal staff = new Principal("staff", "干警", "10001", Set.of(Role.STAFF), DepartmentScope.of(Set.of("MS1")));

		assertThrows(AccessDeniedException.class,
				() -> Services.get(ReportService.class).compile(Period.year(Plugins.YEAR), ISSUED, staff));
	}

	/**
	 * The petitions section counts complaints about staff: a reader of the report who may not read petitions gets
	 * the report without that section, one who may gets it whole.
	 */
	@Test
	void aSectionNeedingItsOwnPermissionIsLeftOutForAReaderWithoutIt() {
		ReportService reports = Services.get(ReportService.class);
		ServiceRegistration<PermissionProvider> grants = Services.context().registerService(PermissionProvider.class,
				() -> List.of(new PermissionGrant(new Permission("fake.petitions.read", "查看信访举报"),
						Set.of(Role.OFFICE_DIRECTOR))), null);
		try (FakePlugin petitions = Plugins.petitions().needing("fake.petitions.read").install();
				FakePlugin inspections = Plugins.inspections().install()) {
			Principal leader = new Principal("leader", "院领导", null, Set.of(Role.COURT_LEADER), DepartmentScope.ALL);
			Principal director = new Principal("director", "主任", null, Set.of(Role.OFFICE_DIRECTOR),
					DepartmentScope.ALL);

			assertEquals(List.of("inspections"), sections(reports.compile(Period.year(Plugins.YEAR), ISSUED, leader)));
			assertEquals(List.of("inspections", "petitions"),
					sections(reports.compile(Period.year(Plugins.YEAR), ISSUED, director)));
		} finally {
			grants.unregister();
		}
	}

	private static List<String> sections(AnnualReport report) {
		return report.chapters().stream().map(ReportChapter::section).toList();
	}
}
