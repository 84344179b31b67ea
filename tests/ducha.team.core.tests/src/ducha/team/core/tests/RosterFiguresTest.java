package ducha.team.core.tests;

import static ducha.team.core.tests.RosterCourt.OFFICE;
import static ducha.team.core.tests.RosterCourt.appoint;
import static ducha.team.core.tests.RosterCourt.groups;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.directory.SupervisorRole;
import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.team.RosterEntry;
import ducha.team.SpecialistGroup;
import ducha.test.osgi.Osgi;

/**
 * The roster's {@code team.*} figures against counts through the service API, with terms and groups just outside
 * the period: a role or group counts when held or existing on the period's last day.
 */
class RosterFiguresTest {

	private static final Period YEAR = Period.year(2024);
	private static final LocalDate LAST = LocalDate.of(2024, 12, 31);

	@BeforeEach
	void court() {
		TeamTables.reset();
		RosterCourt.create();
	}

	@Test
	void rolesAndGroupsAreCountedOnThePeriodsLastDay() {
		// political: 王立 held 立案庭 through the year (counts); 孙执 holds 执行局 and 政治部 (counts once)
		appoint(RosterCourt.WANG, SupervisorRole.POLITICAL_SUPERVISOR, "LAT", LocalDate.of(2022, 1, 1), LAST);
		appoint(RosterCourt.SUN, SupervisorRole.POLITICAL_SUPERVISOR, "ZXJ", LocalDate.of(2024, 3, 1), null);
		appoint(RosterCourt.SUN, SupervisorRole.POLITICAL_SUPERVISOR, "ZZB", LocalDate.of(2024, 3, 1), null);
		// ... while the successor in 立案庭 starts the day after the period (does not count)
		appoint(RosterCourt.ZHAO, SupervisorRole.POLITICAL_SUPERVISOR, "LAT", LAST.plusDays(1), null);
		// integrity: 钱执 ended the day before the last day (does not count), 吴督 holds it then (counts)
		appoint(RosterCourt.QIAN, SupervisorRole.INTEGRITY_SUPERVISOR, "ZXJ", LocalDate.of(2024, 1, 1),
				LAST.minusDays(1));
		appoint(RosterCourt.WU, SupervisorRole.INTEGRITY_SUPERVISOR, "ZZB", LocalDate.of(2024, 1, 1), null);
		// groups: one existing throughout, one dissolved on the last day (counts), one the day before, one after
		group("MSS", "民商事", LocalDate.of(2023, 1, 1), null);
		group("ZX", "执行", LocalDate.of(2023, 1, 1), LAST);
		group("XSXZ", "刑事行政", LocalDate.of(2023, 1, 1), LAST.minusDays(1));
		group("LAXF", "立案信访", LAST.plusDays(1), null);

		Map<String, Long> figures = figures(YEAR);
		assertEquals(holders(SupervisorRole.POLITICAL_SUPERVISOR, LAST), figures.get("team.political_supervisors"));
		assertEquals(2, figures.get("team.political_supervisors"));
		assertEquals(holders(SupervisorRole.INTEGRITY_SUPERVISOR, LAST), figures.get("team.integrity_supervisors"));
		assertEquals(1, figures.get("team.integrity_supervisors"));
		assertEquals(groups().groupsOn(LAST, OFFICE).size(), figures.get("team.groups"));
		assertEquals(2, figures.get("team.groups"));

		Map<String, Long> nextYear = figures(Period.year(2025));
		assertEquals(2, nextYear.get("team.political_supervisors"), "赵庭 and 孙执");
		assertEquals(2, nextYear.get("team.groups"), "民商事 and 立案信访");
	}

	private static long holders(SupervisorRole role, LocalDate day) {
		return RosterCourt.roster().roster(day, OFFICE).stream().filter(e -> e.assignment().role() == role)
				.map(RosterEntry::staffNo).distinct().count();
	}

	private static void group(String code, String name, LocalDate from, LocalDate dissolved) {
		SpecialistGroup created = groups().create(new SpecialistGroup(code, name, "", null, from, null), OFFICE);
		if (dissolved != null) {
			groups().dissolve(code, dissolved, created.version(), OFFICE);
		}
	}

	private static Map<String, Long> figures(Period period) {
		ReportSection team = Osgi.services(ReportSection.class).stream().filter(s -> s.section().equals("team"))
				.findFirst().orElseThrow();
		return team.figures(period).stream().filter(f -> f.key().startsWith("team."))
				.collect(Collectors.toMap(ReportFigure::key, ReportFigure::value));
	}
}
