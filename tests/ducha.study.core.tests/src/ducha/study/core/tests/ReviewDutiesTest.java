package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.study.Review;
import ducha.study.ReviewProblem;
import ducha.study.ReviewService;

/** The monthly reviews each reviewer did, counted for the performance archive by the review's own date. */
class ReviewDutiesTest {

	private static final YearMonth MONTH = YearMonth.of(2025, 6);

	private final ReviewService reviews = Osgi.service(ReviewService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ReviewCourt.create();
	}

	@Test
	void aReviewInThePeriodCountsForItsReviewerOnly() {
		ReviewCourt.assign(MONTH);
		ReviewCourt.assign(MONTH.minusMonths(1));
		review(MONTH, ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO, 10);
		review(MONTH, ReviewCourt.ZHOU, "XST", ReviewCourt.SUN, 30);
		review(MONTH.minusMonths(1), ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO, 31);
		review(MONTH, ReviewCourt.WU, "MS1", ReviewCourt.LI, 12);

		DutyContributor study = Osgi.services(DutyContributor.class).stream().filter(c -> c.source().equals("study"))
				.findFirst().orElseThrow();
		Period june = Period.month(MONTH);
		assertEquals(List.of(new DutyCount(ReviewCourt.ZHOU, "study.review", "月调阅", "study", 2)),
				study.duties(june, Set.of(ReviewCourt.ZHOU)), "the review of 31 May is outside, 吴督's not asked for");
		assertEquals(Set.of(new DutyCount(ReviewCourt.ZHOU, "study.review", "月调阅", "study", 2),
				new DutyCount(ReviewCourt.WU, "study.review", "月调阅", "study", 1)),
				Set.copyOf(study.duties(june, Set.of())));
		assertEquals(List.of(), study.duties(june, Set.of(ReviewCourt.ZHENG)));
	}

	private void review(YearMonth month, String reviewer, String department, String covered, int day) {
		reviews.record(Review.of(month, reviewer, department, month.atDay(day), List.of(covered),
				List.of(ReviewProblem.of("学习记录过于简单", "补充研讨记录"))), ReviewCourt.OFFICE);
	}
}
