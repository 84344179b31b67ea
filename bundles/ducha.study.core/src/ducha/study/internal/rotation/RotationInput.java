package ducha.study.internal.rotation;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import ducha.study.ReviewAssignment;
import ducha.study.Reviewer;

/**
 * The rotation's input in one canonical form, so that the proposal does not depend on the order of the lists:
 * departments distinct and sorted by code, reviewers distinct and sorted by staff number, and each present
 * reviewer's history of earlier months on present departments, oldest month first.
 *
 * @param month       the month to assign
 * @param departments the departments to review, sorted
 * @param reviewers   the reviewers, sorted by staff number
 * @param history     per staff number of a present reviewer: month to the present departments they reviewed then
 */
record RotationInput(YearMonth month, SortedSet<String> departments, List<Reviewer> reviewers,
		Map<String, SortedMap<YearMonth, SortedSet<String>>> history) {

	static RotationInput of(YearMonth month, Collection<Reviewer> reviewers, Collection<String> departments,
			Collection<ReviewAssignment> history) {
		Objects.requireNonNull(month, "month");
		SortedSet<String> present = new TreeSet<>();
		for (String department : departments) {
			present.add(Objects.requireNonNull(department, "department"));
		}
		List<Reviewer> distinct = distinctReviewers(reviewers);
		Map<String, SortedMap<YearMonth, SortedSet<String>>> earlier = new HashMap<>();
		for (Reviewer reviewer : distinct) {
			earlier.put(reviewer.staffNo(), new TreeMap<>());
		}
		for (ReviewAssignment line : history) {
			SortedMap<YearMonth, SortedSet<String>> months = earlier.get(line.reviewerStaffNo());
			// Lines of this month or later (a stored proposal being redone), of leavers and of departments that
			// are gone say nothing about this month's rounds.
			if (months != null && line.month().isBefore(month) && present.contains(line.departmentCode())) {
				months.computeIfAbsent(line.month(), m -> new TreeSet<>()).add(line.departmentCode());
			}
		}
		return new RotationInput(month, present, distinct, earlier);
	}

	/** A reviewer listed twice is kept once; listed with two different departments it is a caller's error. */
	private static List<Reviewer> distinctReviewers(Collection<Reviewer> reviewers) {
		Map<String, Reviewer> byStaffNo = new TreeMap<>();
		for (Reviewer reviewer : reviewers) {
			Reviewer earlier = byStaffNo.putIfAbsent(reviewer.staffNo(), reviewer);
			if (earlier != null && !earlier.equals(reviewer)) {
				throw new IllegalArgumentException("reviewer " + reviewer.staffNo() + " listed with departments "
						+ earlier.ownDepartment() + " and " + reviewer.ownDepartment());
			}
		}
		return List.copyOf(byStaffNo.values());
	}

	/** The departments the reviewer may review this month: present, and not their own. */
	SortedSet<String> eligibleFor(Reviewer reviewer) {
		SortedSet<String> eligible = new TreeSet<>(departments);
		if (reviewer.ownDepartment() != null) {
			eligible.remove(reviewer.ownDepartment());
		}
		return eligible;
	}

	/** The reviewer's earlier months, oldest first, each with the present departments reviewed. */
	SortedMap<YearMonth, SortedSet<String>> historyOf(Reviewer reviewer) {
		return history.get(reviewer.staffNo());
	}
}
