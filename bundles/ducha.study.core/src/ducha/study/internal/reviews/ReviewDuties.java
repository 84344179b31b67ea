package ducha.study.internal.reviews;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.DutyQuery;
import ducha.core.period.Period;
import ducha.core.spi.DutyContributor;
import ducha.core.spi.DutyCount;
import ducha.study.internal.jpa.StudyUnit;

/** The monthly reviews (月调阅) each reviewer did, by the review's date, for the performance archive. */
@Component
public class ReviewDuties implements DutyContributor {

	private static final DutyQuery REVIEWS = new DutyQuery("ReviewEntity", "reviewerStaffNo", "date", "study.review",
			"月调阅", "study");

	@Reference(target = StudyUnit.TARGET)
	private EntityManagerFactory emf;

	@Override
	public String source() {
		return "study";
	}

	@Override
	public List<DutyCount> duties(Period period, Set<String> staffNos) {
		return REVIEWS.count(emf, period, staffNos);
	}
}
