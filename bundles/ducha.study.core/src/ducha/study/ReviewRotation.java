package ducha.study;

import java.time.YearMonth;
import java.util.List;

/**
 * Proposes the month's review assignment (月调阅) from who can review, which departments keep study records and
 * what was assigned in earlier months. Pure: no database, the same input gives the same proposal.
 */
public final class ReviewRotation {

	private ReviewRotation() {
	}

	/**
	 * @param month       the month to assign
	 * @param reviewers   the political supervisors holding the role in that month
	 * @param departments codes of the departments whose records are reviewed
	 * @param history     the assignments of earlier months (as stored, after the office's edits), any order
	 */
	public static RotationProposal propose(YearMonth month, List<Reviewer> reviewers, List<String> departments,
			List<ReviewAssignment> history) {
		throw new UnsupportedOperationException("not written yet");
	}
}
