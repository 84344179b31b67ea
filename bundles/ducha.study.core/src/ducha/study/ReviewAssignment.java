package ducha.study;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One line of a month's review assignment (月调阅): the political supervisor who reviews the study records of one
 * department that month.
 *
 * @param id              database id, 0 while only proposed
 * @param month           the month reviewed
 * @param reviewerStaffNo 工号 of the political supervisor
 * @param departmentCode  the department whose records are reviewed (never the reviewer's own)
 */
public record ReviewAssignment(long id, YearMonth month, String reviewerStaffNo, String departmentCode) {

	public ReviewAssignment {
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(reviewerStaffNo, "reviewerStaffNo");
		Objects.requireNonNull(departmentCode, "departmentCode");
	}

	/** A proposed line, not yet stored. */
	public static ReviewAssignment of(YearMonth month, String reviewerStaffNo, String departmentCode) {
		return new ReviewAssignment(0, month, reviewerStaffNo, departmentCode);
	}
}
