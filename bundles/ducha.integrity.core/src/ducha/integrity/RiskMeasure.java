package ducha.integrity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One control measure of the risk-prevention list (风险防控清单): a risk point of a post and how it is controlled.
 *
 * @param id             database id, 0 before it is stored
 * @param recordNo       编号, e.g. FX-001
 * @param departmentCode department the post belongs to, may be null for court-wide posts
 * @param post           岗位
 * @param riskPoint      风险点
 * @param level          风险等级
 * @param measure        防控措施
 * @param owner          责任人 (name or post)
 * @param effectiveDate  day the measure came into force
 * @param reviewDate     day of the next periodic review
 * @param retiredDate    day it was retired, null while in force
 * @param version        the stored row's version (optimistic lock; 0 before it is stored); a review names the one
 *                       its user saw
 */
public record RiskMeasure(long id, String recordNo, String departmentCode, String post, String riskPoint,
		RiskLevel level, String measure, String owner, LocalDate effectiveDate, LocalDate reviewDate,
		LocalDate retiredDate, long version) {

	/**
	 * The review window: a measure in force is due for review once its review day is at most this many days away
	 * (the risk list highlights it, the dashboard tile counts it, reminders name it).
	 */
	public static final int REVIEW_WINDOW_DAYS = 30;

	/** Where a measure stands on a day with respect to its periodic review. */
	public enum ReviewState {
		/** Not in force on the day (retired, or not yet effective): no review is due. */
		NOT_IN_FORCE,
		/** In force, its review more than {@link #REVIEW_WINDOW_DAYS} days away. */
		CURRENT,
		/** In force, its review within {@link #REVIEW_WINDOW_DAYS} days (today included). */
		DUE,
		/** In force, its review day has passed. */
		OVERDUE
	}

	public RiskMeasure {
		Objects.requireNonNull(post, "post");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(effectiveDate, "effectiveDate");
		Objects.requireNonNull(reviewDate, "reviewDate");
	}

	/** In force on the day: came into force on or before it and not retired by then. */
	public boolean inForceOn(LocalDate day) {
		return !effectiveDate.isAfter(day) && (retiredDate == null || retiredDate.isAfter(day));
	}

	/** The review state on the day; {@link RiskListService#dueForReview} lists the DUE and OVERDUE ones. */
	public ReviewState reviewStateOn(LocalDate day) {
		if (!inForceOn(day)) {
			return ReviewState.NOT_IN_FORCE;
		}
		if (reviewDate.isBefore(day)) {
			return ReviewState.OVERDUE;
		}
		return reviewDate.isAfter(day.plusDays(REVIEW_WINDOW_DAYS)) ? ReviewState.CURRENT : ReviewState.DUE;
	}

	/** 已停用 once the retirement day has come, 有效 otherwise (also for a measure that starts later). */
	public String statusOn(LocalDate day) {
		return retiredDate != null && !retiredDate.isAfter(day) ? "已停用" : "有效";
	}
}
