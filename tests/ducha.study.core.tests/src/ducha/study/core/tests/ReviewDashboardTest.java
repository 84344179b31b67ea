package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.security.Role;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.study.Review;
import ducha.study.ReviewService;
import ducha.study.StudyTargets;

/** The home tile and reminders of the month's reviews not yet recorded, and the person-times chart. */
class ReviewDashboardTest {

	private static final LocalDate TODAY = LocalDate.now();
	private static final YearMonth MONTH = YearMonth.from(TODAY);

	private final ReviewService reviews = Osgi.service(ReviewService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ReviewCourt.create();
		ReviewCourt.assign(MONTH);
		// 周政 carried out his review of 刑庭; 吴督's of 民一庭 is still to do
		reviews.record(Review.of(MONTH, ReviewCourt.ZHOU, "XST", TODAY, List.of(ReviewCourt.ZHAO, ReviewCourt.SUN),
				List.of()), ReviewCourt.zhou());
	}

	@Test
	void theTileCountsTheOpenLinesOfTheMonthForTheOfficeAndForTheirReviewer() {
		DashboardTile tile = Osgi.services(DashboardTile.class).stream()
				.filter(t -> t.id().equals("study.reviews-pending")).findFirst().orElseThrow();

		assertEquals(StudyTargets.REVIEWS, tile.target());
		assertEquals("1", tile.compute(ReviewCourt.OFFICE).value());
		assertEquals("1", tile.compute(ReviewCourt.wu()).value());
		assertEquals("0", tile.compute(ReviewCourt.zhou()).value());
		assertEquals("—", tile.compute(ReviewCourt.user("li", ReviewCourt.LI, Role.STAFF, "MS1")).value());
	}

	@Test
	void aReviewerIsRemindedOfTheirOwnOpenReviewAndTheOfficeOfAll() {
		ReminderSource source = Osgi.services(ReminderSource.class).stream()
				.filter(s -> s.id().equals("study.reviews")).findFirst().orElseThrow();

		List<Reminder> wu = source.reminders(ReviewCourt.wu(), TODAY);
		assertEquals(List.of(MONTH + ":MS1"), wu.stream().map(Reminder::key).toList());
		assertEquals(MONTH.atEndOfMonth(), wu.get(0).due());
		assertEquals(List.of(), source.reminders(ReviewCourt.zhou(), TODAY));
		assertEquals(1, source.reminders(ReviewCourt.OFFICE, TODAY).size());
	}

	@Test
	void theChartShowsThePersonTimesInTheMonthOfTheReview() {
		DashboardChart chart = Osgi.services(DashboardChart.class).stream()
				.filter(c -> c.id().equals("study.review-person-times")).findFirst().orElseThrow();

		ChartData data = chart.compute(ReviewCourt.OFFICE, TODAY.getYear());
		List<Long> perMonth = data.series().get(0).values();
		assertEquals(2L, perMonth.get(TODAY.getMonthValue() - 1));
		assertEquals(2L, perMonth.stream().mapToLong(Long::longValue).sum());
		assertEquals(0L, chart.compute(ReviewCourt.OFFICE, TODAY.getYear() - 1).series().get(0).values().stream()
				.mapToLong(Long::longValue).sum());
	}
}
