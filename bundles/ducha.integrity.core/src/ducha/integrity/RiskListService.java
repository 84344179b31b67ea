package ducha.integrity;

import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;

/** The risk-prevention list (风险防控清单). Reading needs {@link IntegrityPermissions#RECORDS_READ}. */
public interface RiskListService {

	/** Every measure, retired ones included, by 编号. */
	List<RiskMeasure> measures(Principal reader);

	/**
	 * Measures in force on {@code day} whose review is due within {@code withinDays} days of it (overdue ones
	 * included), earliest review first; with {@link RiskMeasure#REVIEW_WINDOW_DAYS} the measures whose
	 * {@link RiskMeasure#reviewStateOn review state} is DUE or OVERDUE.
	 */
	List<RiskMeasure> dueForReview(LocalDate day, int withinDays, Principal reader);

	/**
	 * Records a periodic review (定期复核) of a measure in force and moves its review date to {@code nextReview},
	 * so that it is no longer due (its reminder goes). Needs {@link IntegrityPermissions#RECORDS_WRITE} and, for a
	 * department's measure, that department in the actor's scope; audited.
	 *
	 * @param reviewedOn  day of the review: not in the future, not before the measure came into force
	 * @param nextReview  the next review date: after the review and after today
	 * @param note        复核意见, may be null, at most {@link RiskReview#NOTE_MAX} characters
	 * @param seenVersion the {@link RiskMeasure#version()} the caller saw
	 * @return the measure as stored now
	 * @throws ducha.core.NotFoundException         for an unknown 编号
	 * @throws ducha.core.ValidationException       listing every problem of the dates and note, or for a retired
	 *                                              measure
	 * @throws ducha.core.ConcurrentChangeException when the measure changed since the caller read it
	 */
	RiskMeasure recordReview(String recordNo, LocalDate reviewedOn, LocalDate nextReview, String note,
			long seenVersion, Principal actor);

	/** The measure's recorded reviews, latest first; reading needs {@link IntegrityPermissions#RECORDS_READ}. */
	List<RiskReview> reviews(String recordNo, Principal reader);
}
