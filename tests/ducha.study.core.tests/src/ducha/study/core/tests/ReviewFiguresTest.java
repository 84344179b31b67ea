package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.study.Review;
import ducha.study.ReviewFilter;
import ducha.study.ReviewService;

/**
 * {@code study.reviews} and {@code study.review_person_times} against the reviews read through the service, with
 * reviews dated just outside the period (a March review carried out on 1 April counts in April).
 */
class ReviewFiguresTest {

	private static final Period MARCH = Period.month(YearMonth.of(2024, 3));

	private final ReviewService reviews = Osgi.service(ReviewService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ReviewCourt.create();
		record(YearMonth.of(2024, 2), LocalDate.of(2024, 2, 29), "XST", ReviewCourt.ZHAO, ReviewCourt.SUN);
		record(YearMonth.of(2024, 2), LocalDate.of(2024, 3, 1), "MS1", ReviewCourt.LI);
		record(YearMonth.of(2024, 3), LocalDate.of(2024, 3, 31), "XST", ReviewCourt.ZHAO, ReviewCourt.SUN);
		record(YearMonth.of(2024, 3), LocalDate.of(2024, 3, 20), "XZT", ReviewCourt.QIAN);
		record(YearMonth.of(2024, 3), LocalDate.of(2024, 4, 1), "MS1", ReviewCourt.LI, ReviewCourt.WANG);
	}

	@Test
	void theFiguresCountTheReviewsDatedInThePeriodAndTheirPersonTimes() {
		List<Review> inPeriod = reviews.reviews(ReviewFilter.all(), ReviewCourt.OFFICE).stream()
				.filter(r -> !r.date().isBefore(MARCH.from()) && !r.date().isAfter(MARCH.to())).toList();

		Map<String, Long> figures = figures(MARCH);

		assertEquals(inPeriod.size(), figures.get("study.reviews"));
		assertEquals(inPeriod.stream().mapToLong(Review::personTimes).sum(), figures.get("study.review_person_times"));
		assertEquals(3L, figures.get("study.reviews"));
		assertEquals(4L, figures.get("study.review_person_times"));
		assertEquals(Map.of("study.reviews", 5L, "study.review_person_times", 8L),
				figures(Period.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 4, 1))));
	}

	private static Map<String, Long> figures(Period period) {
		ReportSection study = Osgi.services(ReportSection.class).stream().filter(s -> s.section().equals("study"))
				.findFirst().orElseThrow();
		return study.figures(period).stream().filter(f -> f.key().startsWith("study.review"))
				.collect(Collectors.toMap(ReportFigure::key, ReportFigure::value));
	}

	private void record(YearMonth month, LocalDate date, String department, String... covered) {
		reviews.record(Review.of(month, department.equals("MS1") ? ReviewCourt.WU : ReviewCourt.ZHOU,
				department, date, List.of(covered), List.of()), ReviewCourt.OFFICE);
	}
}
