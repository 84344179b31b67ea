package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ducha.cases.CaseBulletin;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.core.demo.DemoReport;
import ducha.core.demo.DemoService;
import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;

/**
 * The demo court's {@code cases.*} figures for the demo year equal what the review service's records add up to,
 * counted here one record at a time.
 */
class DemoReportTest {

	private static final int YEAR = LocalDate.now().getYear();

	private static DemoReport demo;

	@BeforeAll
	static void seedTheDemoCourt() {
		Osgi.wipe();
		demo = Osgi.service(DemoService.class).seed(Osgi.ADMIN, null);
	}

	@AfterAll
	static void leaveTheSmallCourtForTheOtherTests() {
		Osgi.resetCourt();
	}

	@Test
	void everyCasesFigureOfTheDemoYearMatchesTheRecords() {
		ReviewService review = Osgi.service(ReviewService.class);
		Period year = Period.year(YEAR);

		List<CaseBulletin> bulletins = review.bulletins(year);
		Set<String> departments = new HashSet<>();
		Set<String> staff = new HashSet<>();
		for (CaseBulletin b : bulletins) {
			for (ReviewFinding f : review.findingsOf(b.id(), Osgi.ADMIN)) {
				departments.add(f.departmentCode());
				staff.add(f.staffNo());
			}
		}
		long talks = 0;
		long followups = 0;
		// talks and follow-ups count by their own date, whatever the date of their finding
		for (ReviewFinding f : review.findings(Period.of(LocalDate.of(YEAR - 5, 1, 1), LocalDate.of(YEAR + 1, 12, 31)),
				Osgi.ADMIN)) {
			talks += review.talks(f.id()).stream().filter(t -> year.contains(t.date())).count();
			followups += review.followups(f.id()).stream().filter(u -> year.contains(u.openedDate())).count();
		}
		assertTrue(bulletins.size() > 0 && talks > 0 && followups > 0, () -> "the demo made no review chain: " + demo);

		Map<String, Long> expected = new LinkedHashMap<>();
		expected.put("cases.bulletins", (long) bulletins.size());
		expected.put("cases.departments_involved", (long) departments.size());
		expected.put("cases.staff_involved", (long) staff.size());
		expected.put("cases.reminder_talks", talks);
		expected.put("cases.followups", followups);
		assertEquals(expected, figures(year));
	}

	@Test
	void theDemoBulletinsAreNumberedFromOneWithoutGaps() {
		List<CaseBulletin> bulletins = Osgi.service(ReviewService.class).bulletins(Period.year(YEAR));

		assertEquals(java.util.stream.IntStream.rangeClosed(1, bulletins.size()).boxed().toList(),
				bulletins.stream().map(CaseBulletin::issueNo).sorted().toList());
	}

	private static Map<String, Long> figures(Period period) {
		ReportSection section = Osgi.services(ReportSection.class).stream().filter(s -> s.section().equals("cases"))
				.findFirst().orElseThrow();
		Map<String, Long> values = new LinkedHashMap<>();
		for (ReportFigure f : section.figures(period)) {
			values.put(f.key(), f.value());
		}
		return values;
	}
}
