package ducha.study.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ducha.study.ReviewAssignment;
import ducha.study.Reviewer;
import ducha.study.RotationProposal;

/** The rules every proposal keeps, whatever the shape of the court: judged against {@link RotationOracle}. */
final class ProposalChecks {

	private ProposalChecks() {
	}

	static void assertSound(String context, List<Reviewer> reviewers, List<String> departments,
			RotationOracle oracle, RotationProposal proposal) {
		assertEquals(oracle.month(), proposal.month(), context);
		Set<String> assigned = new HashSet<>();
		for (ReviewAssignment line : proposal.assignments()) {
			assertEquals(oracle.month(), line.month(), context + ": " + line);
			Reviewer reviewer = reviewers.stream().filter(r -> r.staffNo().equals(line.reviewerStaffNo()))
					.findFirst().orElse(null);
			assertTrue(reviewer != null, context + ": unknown reviewer in " + line);
			assertTrue(oracle.mayReview(reviewer, line.departmentCode()),
					context + ": own or unknown department in " + line);
			assertTrue(assigned.add(line.departmentCode()), context + ": two reviewers for " + line);
		}
		Set<String> expectedUncovered = new TreeSet<>(departments);
		expectedUncovered.removeAll(assigned);
		assertEquals(List.copyOf(expectedUncovered), proposal.uncovered(), context + ": uncovered");
		assertEquals(oracle.coverable(), assigned.size(), context + ": coverage");

		Map<String, Integer> loads = oracle.loads(proposal.assignments());
		if (!loads.isEmpty()) {
			int spread = Collections.max(loads.values()) - Collections.min(loads.values());
			assertTrue(spread <= 1, context + ": loads " + loads);
		}
		assertTrue(proposal.assignments().containsAll(proposal.repeats()), context + ": repeats not assigned");
		assertEquals(oracle.repeats(proposal.assignments()), proposal.repeats().size(),
				context + ": repeats reported " + proposal.repeats());
	}

	/** Confirms by trying every assignment that none is better by the rules than the proposal. */
	static void assertOptimal(String context, List<Reviewer> reviewers, List<String> departments,
			RotationOracle oracle, RotationProposal proposal) {
		BruteForce.Score best = BruteForce.best(reviewers, departments, oracle);
		BruteForce.Score proposed = BruteForce.score(oracle, proposal.assignments());
		assertEquals(best, proposed, context + ": (coverage, -load squares, -repeats, -staleness) of "
				+ proposal.assignments());
	}
}
