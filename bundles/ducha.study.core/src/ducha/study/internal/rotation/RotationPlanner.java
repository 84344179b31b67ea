package ducha.study.internal.rotation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import ducha.study.ReviewAssignment;
import ducha.study.Reviewer;
import ducha.study.RotationProposal;

/** Puts the rotation's pieces together: canonical input, each reviewer's standing, the flow, the proposal. */
public final class RotationPlanner {

	private static final Comparator<ReviewAssignment> BY_DEPARTMENT = Comparator
			.comparing(ReviewAssignment::departmentCode).thenComparing(ReviewAssignment::reviewerStaffNo);

	private RotationPlanner() {
	}

	public static RotationProposal propose(YearMonth month, List<Reviewer> reviewers, List<String> departments,
			List<ReviewAssignment> history) {
		RotationInput input = RotationInput.of(month, reviewers, departments, history);
		List<ReviewerStanding> standings = input.reviewers().stream().map(r -> ReviewerStanding.of(r, input))
				.toList();
		Map<ReviewerStanding, SortedSet<String>> picks = new AssignmentNetwork(standings, input.departments())
				.solve();

		List<ReviewAssignment> assignments = new ArrayList<>();
		List<ReviewAssignment> repeats = new ArrayList<>();
		SortedSet<String> uncovered = new TreeSet<>(input.departments());
		picks.forEach((standing, departmentsPicked) -> {
			String staffNo = standing.reviewer().staffNo();
			departmentsPicked.forEach(d -> assignments.add(ReviewAssignment.of(month, staffNo, d)));
			uncovered.removeAll(departmentsPicked);
			RepeatsOfReviewer.among(standing, departmentsPicked)
					.forEach(d -> repeats.add(ReviewAssignment.of(month, staffNo, d)));
		});
		assignments.sort(BY_DEPARTMENT);
		repeats.sort(BY_DEPARTMENT);
		return new RotationProposal(month, assignments, List.copyOf(uncovered), repeats);
	}
}
