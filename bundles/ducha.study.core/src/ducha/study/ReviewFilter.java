package ducha.study;

import java.time.YearMonth;

/**
 * Which reviews to list.
 *
 * @param month          the month of the assignment, or null for every month
 * @param departmentCode the department reviewed, or null for every department
 */
public record ReviewFilter(YearMonth month, String departmentCode) {

	public static ReviewFilter all() {
		return new ReviewFilter(null, null);
	}

	public static ReviewFilter of(YearMonth month) {
		return new ReviewFilter(month, null);
	}
}
