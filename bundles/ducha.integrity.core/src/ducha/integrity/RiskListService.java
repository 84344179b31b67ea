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

	/** Records that a measure was reviewed on {@code reviewed}; the next review is due on {@code nextReview}. */
	RiskMeasure reviewed(String recordNo, LocalDate nextReview, Principal actor);
}
