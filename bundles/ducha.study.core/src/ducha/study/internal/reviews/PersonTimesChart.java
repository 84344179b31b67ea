package ducha.study.internal.reviews;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.spi.DeclaredChart;
import ducha.study.Review;
import ducha.study.ReviewFilter;
import ducha.study.ReviewService;
import ducha.study.StudyPermissions;

/**
 * 调阅人次（按月）: the person-times of the reviews carried out in each month of the year, over the reviews the
 * viewer may read (a year holds a few hundred reviews at most: they are summed here).
 */
@Component(service = DashboardChart.class)
public class PersonTimesChart extends DeclaredChart {

	@Reference
	private ReviewService reviews;

	@Reference
	private ReviewsUnit unit;

	public PersonTimesChart() {
		super("study.review-person-times", Messages.chartTitle, 700, Kind.MONTHLY_TREND);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return unit.authorization.isPermitted(viewer, StudyPermissions.REVIEWS_READ_ALL)
				|| unit.authorization.isPermitted(viewer, StudyPermissions.REVIEWS_WRITE)
				|| unit.authorization.isPermitted(viewer, StudyPermissions.RECORDS_READ);
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		List<Long> perMonth = perMonth();
		if (unit.authorization.isPermitted(viewer, StudyPermissions.REVIEWS_READ_ALL)
				|| unit.authorization.isPermitted(viewer, StudyPermissions.REVIEWS_WRITE)
				|| unit.authorization.isPermitted(viewer, StudyPermissions.RECORDS_READ)) {
			for (Review r : reviews.reviews(ReviewFilter.all(), viewer)) {
				if (r.date().getYear() == year) {
					addToMonth(perMonth, r.date(), r.personTimes());
				}
			}
		}
		return monthly(Messages.chartSeries, perMonth);
	}
}
