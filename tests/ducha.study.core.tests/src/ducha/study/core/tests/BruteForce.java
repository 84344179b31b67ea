package ducha.study.core.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ducha.study.ReviewAssignment;
import ducha.study.Reviewer;

/** Every assignment of a small court, scored by the rules in order; for judging the rotation on small shapes. */
final class BruteForce {

	/** The rules' measures, better is greater in each, compared in order. */
	record Score(int coverage, long negatedLoadSquares, int negatedRepeats, long negatedStaleness) {
	}

	private static final Comparator<Score> BY_RULES = Comparator.comparingInt(Score::coverage)
			.thenComparingLong(Score::negatedLoadSquares).thenComparingInt(Score::negatedRepeats)
			.thenComparingLong(Score::negatedStaleness);

	private BruteForce() {
	}

	/** How many assignments {@link #best} would try. */
	static double size(List<Reviewer> reviewers, List<String> departments) {
		return Math.pow(reviewers.size() + 1, departments.size());
	}

	static Score score(RotationOracle oracle, List<ReviewAssignment> assignments) {
		return new Score(assignments.size(), -oracle.sumOfSquaredLoads(assignments), -oracle.repeats(assignments),
				-oracle.staleness(assignments));
	}

	static Score best(List<Reviewer> reviewers, List<String> departments, RotationOracle oracle) {
		Score[] best = { null };
		search(reviewers, departments, oracle, 0, new ArrayList<>(), best);
		return best[0];
	}

	private static void search(List<Reviewer> reviewers, List<String> departments, RotationOracle oracle, int next,
			List<ReviewAssignment> chosen, Score[] best) {
		if (next == departments.size()) {
			Score score = score(oracle, chosen);
			if (best[0] == null || BY_RULES.compare(score, best[0]) > 0) {
				best[0] = score;
			}
			return;
		}
		String department = departments.get(next);
		search(reviewers, departments, oracle, next + 1, chosen, best);
		for (Reviewer reviewer : reviewers) {
			if (oracle.mayReview(reviewer, department)) {
				chosen.add(ReviewAssignment.of(oracle.month(), reviewer.staffNo(), department));
				search(reviewers, departments, oracle, next + 1, chosen, best);
				chosen.remove(chosen.size() - 1);
			}
		}
	}
}
