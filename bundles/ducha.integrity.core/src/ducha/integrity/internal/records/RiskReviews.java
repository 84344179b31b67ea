package ducha.integrity.internal.records;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import ducha.integrity.RiskMeasure;
import ducha.integrity.RiskReview;
import ducha.integrity.internal.Messages;

/** The rules a periodic review of a risk-control measure must keep, every broken one named at once. */
final class RiskReviews {

	private RiskReviews() {
	}

	/**
	 * Refuses a review of a retired measure, on a day in the future or before the measure came into force, whose
	 * next review is not after the review and today (it would leave the measure due), or whose note is too long.
	 */
	static void check(RiskMeasure measure, LocalDate reviewedOn, LocalDate nextReview, String note, LocalDate today) {
		Checks checks = new Checks();
		if (measure.retiredDate() != null && !measure.retiredDate().isAfter(today)) {
			checks.fail(NLS.bind(Messages.riskReviewRetired, measure.recordNo(), measure.retiredDate()));
		}
		if (reviewedOn == null) {
			checks.required(null, Messages.fieldReviewedOn);
		} else if (reviewedOn.isAfter(today)) {
			checks.fail(NLS.bind(Messages.riskReviewInFuture, reviewedOn));
		} else if (reviewedOn.isBefore(measure.effectiveDate())) {
			checks.fail(NLS.bind(Messages.riskReviewBeforeEffective, reviewedOn, measure.effectiveDate()));
		}
		if (nextReview == null) {
			checks.required(null, Messages.fieldNextReview);
		} else if (reviewedOn != null && !nextReview.isAfter(reviewedOn)) {
			checks.fail(NLS.bind(Messages.riskNextReviewNotAfterReview, nextReview, reviewedOn));
		} else if (!nextReview.isAfter(today)) {
			checks.fail(NLS.bind(Messages.riskNextReviewNotAfterToday, nextReview));
		}
		checks.maxLength(note, Messages.fieldReviewNote, RiskReview.NOTE_MAX);
		checks.throwIfAny();
	}
}
