package ducha.study.core.tests;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ducha.study.ReviewAssignment;
import ducha.study.ReviewRotation;
import ducha.study.Reviewer;
import ducha.study.RotationProposal;

/**
 * Small random courts with random history (leavers, departments that closed, edited months, lines of the month
 * itself): trying every assignment finds none better by the rules than the proposal.
 */
class ReviewRotationOptimalityTest {

	private static final long SEED = 77_012L;
	private static final int INSTANCES = 400;
	private static final YearMonth MONTH = YearMonth.of(2026, 3);

	@Test
	void noAssignmentIsBetterThanTheProposal() {
		for (int i = 0; i < INSTANCES; i++) {
			long seed = SEED + i;
			Random random = new Random(seed);
			List<String> departments = new ArrayList<>();
			int departmentCount = 1 + random.nextInt(5);
			for (int d = 1; d <= departmentCount; d++) {
				departments.add("D" + d);
			}
			List<Reviewer> reviewers = new ArrayList<>();
			int reviewerCount = random.nextInt(6);
			for (int r = 1; r <= reviewerCount; r++) {
				reviewers.add(new Reviewer("S" + r, randomDepartment(random, departmentCount)));
			}
			List<ReviewAssignment> history = randomHistory(random, departmentCount, reviewerCount);

			RotationProposal proposal = ReviewRotation.propose(MONTH, reviewers, departments, history);

			String context = "seed " + seed + ", reviewers " + reviewers + ", departments " + departments
					+ ", history " + history;
			RotationOracle oracle = new RotationOracle(MONTH, reviewers, departments, history);
			ProposalChecks.assertSound(context, reviewers, departments, oracle, proposal);
			ProposalChecks.assertOptimal(context, reviewers, departments, oracle, proposal);
		}
	}

	/** A department of the court, one that closed since (D9), or none. */
	private static String randomDepartment(Random random, int departmentCount) {
		int pick = random.nextInt(departmentCount + 2);
		return pick < departmentCount ? "D" + (pick + 1) : pick == departmentCount ? "D9" : null;
	}

	/** Up to eight earlier months (and sometimes this one) of lines by present reviewers and a leaver (S9). */
	private static List<ReviewAssignment> randomHistory(Random random, int departmentCount, int reviewerCount) {
		List<ReviewAssignment> history = new ArrayList<>();
		int months = random.nextInt(9);
		for (int back = months; back >= 0; back--) {
			if (back == 0 && random.nextInt(4) > 0) {
				break;
			}
			int lines = random.nextInt(2 * departmentCount + 1);
			for (int l = 0; l < lines; l++) {
				int reviewer = random.nextInt(reviewerCount + 1);
				String staffNo = reviewer < reviewerCount ? "S" + (reviewer + 1) : "S9";
				String department = randomDepartment(random, departmentCount);
				history.add(ReviewAssignment.of(MONTH.minusMonths(back), staffNo, department == null ? "D1"
						: department));
			}
		}
		return history;
	}
}
