package ducha.study.core.tests;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import ducha.study.ReviewAssignment;
import ducha.study.Reviewer;

/**
 * The rotation's rules written out a second time, plainly and without the flow, to judge a proposal: who may
 * review what, each reviewer's pending departments, how many repeats and how much staleness an assignment has.
 */
final class RotationOracle {

	private final YearMonth month;
	private final List<Reviewer> reviewers;
	private final Set<String> departments;
	private final Map<String, Set<String>> pending = new HashMap<>();
	private final Map<String, Map<String, YearMonth>> lastReviewed = new HashMap<>();

	RotationOracle(YearMonth month, List<Reviewer> reviewers, List<String> departments,
			List<ReviewAssignment> history) {
		this.month = month;
		this.reviewers = reviewers;
		this.departments = new HashSet<>(departments);
		for (Reviewer reviewer : reviewers) {
			Set<String> eligible = eligible(reviewer);
			TreeMap<YearMonth, Set<String>> months = new TreeMap<>();
			Map<String, YearMonth> last = new HashMap<>();
			for (ReviewAssignment line : history) {
				if (line.reviewerStaffNo().equals(reviewer.staffNo()) && line.month().isBefore(month)
						&& eligible.contains(line.departmentCode())) {
					months.computeIfAbsent(line.month(), m -> new HashSet<>()).add(line.departmentCode());
					last.merge(line.departmentCode(), line.month(), (a, b) -> a.isAfter(b) ? a : b);
				}
			}
			Set<String> seen = new HashSet<>();
			for (Set<String> reviewed : months.values()) {
				Set<String> seenBefore = new HashSet<>(seen);
				seen.addAll(reviewed);
				if (seen.equals(eligible)) {
					seen = new HashSet<>(reviewed);
					seen.retainAll(seenBefore);
				}
			}
			Set<String> stillPending = new HashSet<>(eligible);
			stillPending.removeAll(seen);
			pending.put(reviewer.staffNo(), stillPending);
			lastReviewed.put(reviewer.staffNo(), last);
		}
	}

	Set<String> eligible(Reviewer reviewer) {
		Set<String> eligible = new HashSet<>(departments);
		eligible.remove(reviewer.ownDepartment());
		return eligible;
	}

	boolean mayReview(Reviewer reviewer, String department) {
		return departments.contains(department) && !department.equals(reviewer.ownDepartment());
	}

	/** Departments some reviewer may take: the best coverage, since reviewers' loads are not capped. */
	int coverable() {
		int count = 0;
		for (String department : departments) {
			if (reviewers.stream().anyMatch(r -> mayReview(r, department))) {
				count++;
			}
		}
		return count;
	}

	/** Each given reviewer's number of departments (0 for those without any). */
	Map<String, Integer> loads(List<ReviewAssignment> assignments) {
		Map<String, Integer> loads = new HashMap<>();
		reviewers.forEach(r -> loads.put(r.staffNo(), 0));
		assignments.forEach(a -> loads.merge(a.reviewerStaffNo(), 1, Integer::sum));
		return loads;
	}

	long sumOfSquaredLoads(List<ReviewAssignment> assignments) {
		return loads(assignments).values().stream().mapToLong(l -> (long) l * l).sum();
	}

	/** Per reviewer: min(load, pending) minus the pending departments taken. */
	int repeats(List<ReviewAssignment> assignments) {
		int repeats = 0;
		for (Reviewer reviewer : reviewers) {
			Set<String> open = pending.get(reviewer.staffNo());
			List<String> picks = picksOf(reviewer, assignments);
			long fresh = picks.stream().filter(open::contains).count();
			repeats += (int) (Math.min(picks.size(), open.size()) - fresh);
		}
		return repeats;
	}

	/** The sum over the assignment of each department's staleness rank for its reviewer. */
	long staleness(List<ReviewAssignment> assignments) {
		long total = 0;
		for (Reviewer reviewer : reviewers) {
			Map<String, YearMonth> last = lastReviewed.get(reviewer.staffNo());
			for (String picked : picksOf(reviewer, assignments)) {
				YearMonth when = last.get(picked);
				if (when != null) {
					total += eligible(reviewer).stream()
							.filter(other -> !last.containsKey(other) || last.get(other).isBefore(when)).count();
				}
			}
		}
		return total;
	}

	Set<String> pendingOf(Reviewer reviewer) {
		return pending.get(reviewer.staffNo());
	}

	YearMonth month() {
		return month;
	}

	private static List<String> picksOf(Reviewer reviewer, List<ReviewAssignment> assignments) {
		List<String> picks = new ArrayList<>();
		assignments.stream().filter(a -> a.reviewerStaffNo().equals(reviewer.staffNo()))
				.forEach(a -> picks.add(a.departmentCode()));
		return picks;
	}
}
