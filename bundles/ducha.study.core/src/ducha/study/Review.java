package ducha.study;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A monthly review (月调阅) carried out: a political supervisor read one department's study records of the month.
 *
 * @param id              database id, 0 before it is stored
 * @param recordNo        编号, the ledger key; generated (DY2024-001) when blank
 * @param month           the month of the assignment it carries out
 * @param reviewerStaffNo 工号 of the reviewer
 * @param departmentCode  the department reviewed
 * @param date            the day it was carried out, the date it counts by in the report
 * @param coveredStaff    工号 of the staff whose records were covered: the review's person-times
 * @param problems        problems found, in the order recorded
 */
public record Review(long id, String recordNo, YearMonth month, String reviewerStaffNo, String departmentCode,
		LocalDate date, List<String> coveredStaff, List<ReviewProblem> problems) {

	public Review {
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(reviewerStaffNo, "reviewerStaffNo");
		Objects.requireNonNull(departmentCode, "departmentCode");
		Objects.requireNonNull(date, "date");
		coveredStaff = coveredStaff == null ? List.of() : List.copyOf(coveredStaff);
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	/** A new review, not yet stored. */
	public static Review of(YearMonth month, String reviewerStaffNo, String departmentCode, LocalDate date,
			List<String> coveredStaff, List<ReviewProblem> problems) {
		return new Review(0, null, month, reviewerStaffNo, departmentCode, date, coveredStaff, problems);
	}

	/** 调阅人次: the staff whose records were covered. */
	public int personTimes() {
		return coveredStaff.size();
	}
}
