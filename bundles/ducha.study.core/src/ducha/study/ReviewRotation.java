package ducha.study;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import ducha.study.internal.rotation.RotationPlanner;

/**
 * Proposes the month's review assignment (月调阅) from who can review, which departments keep study records and
 * what was assigned in earlier months. Pure: no database, the same input gives the same proposal, whatever the
 * order of the lists.
 * <p>
 * The proposal follows these rules, each one only among the choices equally good in the rules before it:
 * <ol>
 * <li><b>Hard.</b> A reviewer never reviews their own department; a department gets at most one reviewer; only
 * the departments and reviewers given appear (a department or reviewer listed twice counts once; a staff number
 * listed with two different departments is refused).</li>
 * <li><b>Coverage.</b> Every department that some reviewer may review gets a reviewer; the others (for instance a
 * department whose only supervisors belong to it) are {@linkplain RotationProposal#uncovered() uncovered}.</li>
 * <li><b>Balanced load.</b> The numbers of departments per reviewer are as even as possible over all the reviewers
 * given (the sum of their squares is minimal), which means they differ by at most one whenever the coverage allows
 * it; with more reviewers than departments some reviewers get none.</li>
 * <li><b>Rotation.</b> A reviewer's round is the set of departments eligible for them now (given, not their own).
 * It is found by walking the reviewer's history month by month, oldest first: a month's departments are marked
 * reviewed; once every department of the round is marked, the round is over and the next begins with that month's
 * departments that had been reviewed before in the old round. History of months not before {@code month}, of
 * departments not given and of reviewers not given is ignored; a new reviewer has no history; a reviewer whose
 * department changed is judged with the current one. Of a reviewer's {@code n} departments this month the first
 * {@code min(n, pending)} places belong to the current round (pending: its departments not yet reviewed) and the
 * rest open the next round; a department already reviewed in the current round is a <i>repeat</i> when it takes
 * one of the current round's places, so the reviewer has {@code min(n, pending) - (pending departments taken)}
 * repeats. The total of repeats is minimal; each is reported in {@link RotationProposal#repeats()}, choosing among
 * a reviewer's re-reviewed departments those they reviewed most recently.</li>
 * <li><b>Freshness.</b> Then each department's staleness rank for its reviewer is as small as possible in total;
 * the rank is 0 for a department the reviewer never reviewed or reviewed longest ago, otherwise the number of
 * eligible departments they have been away from for longer. Remaining ties are settled by the fixed order in
 * which the solver meets reviewers (by staff number) and departments (by code), so they fall the same way each
 * time.</li>
 * </ol>
 * The assignment is found exactly, as a minimum-cost maximum flow (reviewers to departments, costs in tiers for
 * rules 3 to 5), not by a greedy choice. With one supervisor per department and no changes (D departments) every
 * month is free of repeats, and each supervisor reviews all the D-1 other departments in every D-1 consecutive
 * months: once the first round is over each supervisor follows it again in the same order.
 */
public final class ReviewRotation {

	private ReviewRotation() {
	}

	/**
	 * @param month       the month to assign
	 * @param reviewers   the political supervisors holding the role in that month
	 * @param departments codes of the departments whose records are reviewed
	 * @param history     the assignments of earlier months (as stored, after the office's edits), any order
	 * @throws IllegalArgumentException when a staff number is listed with two different departments
	 */
	public static RotationProposal propose(YearMonth month, List<Reviewer> reviewers, List<String> departments,
			List<ReviewAssignment> history) {
		Objects.requireNonNull(reviewers, "reviewers");
		Objects.requireNonNull(departments, "departments");
		Objects.requireNonNull(history, "history");
		return RotationPlanner.propose(month, reviewers, departments, history);
	}
}
