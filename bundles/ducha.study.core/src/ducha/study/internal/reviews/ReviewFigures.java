package ducha.study.internal.reviews;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.study.internal.StudyFigures;

/**
 * {@code study.reviews}: monthly reviews carried out (their date in the period); {@code study.review_person_times}:
 * the staff whose records those reviews covered, summed over the reviews.
 */
@Component
public class ReviewFigures implements StudyFigures {

	@Reference
	private ReviewsUnit unit;

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		long[] counts = Jpa.read(unit.emf, em -> new long[] {
				em.createQuery("select count(r) from ReviewEntity r where r.date between :from and :to", Long.class)
						.setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult(),
				em.createQuery("select count(s) from ReviewEntity r join r.coveredStaff s"
						+ " where r.date between :from and :to", Long.class).setParameter("from", period.from())
						.setParameter("to", period.to()).getSingleResult() });
		return List.of(new ReportFigure("study.reviews", counts[0], Messages.figureReviews),
				new ReportFigure("study.review_person_times", counts[1], Messages.figurePersonTimes));
	}
}
