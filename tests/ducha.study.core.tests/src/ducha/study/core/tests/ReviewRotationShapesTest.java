package ducha.study.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import ducha.study.ReviewAssignment;
import ducha.study.ReviewRotation;
import ducha.study.Reviewer;
import ducha.study.RotationProposal;

/**
 * The rotation month after month over many court shapes, each month's proposal fed back as history: every month
 * keeps the rules (checked against {@link RotationOracle}), small shapes are confirmed optimal by brute force, and a
 * court with one supervisor per department rotates without a single repeat.
 */
class ReviewRotationShapesTest {

	private static final long SEED = 20_261_206L;
	private static final YearMonth FIRST = YearMonth.of(2025, 1);
	/** Small shapes are also solved by trying every assignment, up to this many. */
	private static final double BRUTE_FORCE_LIMIT = 20_000;

	private record Shape(String name, int departments, int placed, int withoutDepartment, int coveredDepartments,
			Court.Changes changes) {

		static Shape oneEach(int departments, Court.Changes changes) {
			return new Shape("one supervisor per department", departments, departments, 0, departments, changes);
		}

		@Override
		public String toString() {
			return name + " (" + departments + " departments, " + placed + " placed over " + coveredDepartments
					+ ", " + withoutDepartment + " without a department, changes " + changes + ")";
		}
	}

	@TestFactory
	Stream<DynamicTest> everyShapeKeepsTheRulesEveryMonth() {
		List<Shape> shapes = new ArrayList<>();
		for (int d : new int[] { 3, 4, 7, 12, 30 }) {
			shapes.add(Shape.oneEach(d, Court.Changes.NONE));
			shapes.add(Shape.oneEach(d, Court.Changes.STAFF));
			shapes.add(Shape.oneEach(d, Court.Changes.STAFF_AND_DEPARTMENTS));
		}
		for (int[] fewer : new int[][] { { 3, 1 }, { 4, 3 }, { 7, 2 }, { 12, 5 }, { 30, 8 } }) {
			shapes.add(new Shape("fewer supervisors", fewer[0], fewer[1], 0, fewer[1], Court.Changes.NONE));
		}
		for (int[] more : new int[][] { { 3, 5 }, { 4, 9 }, { 7, 12 }, { 12, 20 }, { 30, 45 } }) {
			shapes.add(new Shape("more supervisors", more[0], more[1], 0, more[0], Court.Changes.NONE));
			shapes.add(new Shape("more supervisors", more[0], more[1], 0, more[0], Court.Changes.STAFF));
		}
		shapes.add(new Shape("supervisors without a department", 3, 0, 2, 1, Court.Changes.NONE));
		shapes.add(new Shape("supervisors without a department", 4, 2, 1, 2, Court.Changes.NONE));
		shapes.add(new Shape("supervisors without a department", 7, 5, 3, 5, Court.Changes.STAFF));
		shapes.add(new Shape("supervisors without a department", 30, 25, 5, 25, Court.Changes.NONE));
		shapes.add(new Shape("departments without a supervisor", 4, 1, 0, 1, Court.Changes.NONE));
		shapes.add(new Shape("departments without a supervisor", 7, 4, 0, 2, Court.Changes.NONE));
		shapes.add(new Shape("departments without a supervisor", 12, 6, 0, 6, Court.Changes.NONE));
		shapes.add(new Shape("departments without a supervisor", 30, 15, 0, 15, Court.Changes.STAFF));
		shapes.add(new Shape("all supervisors in one department", 4, 3, 0, 1, Court.Changes.NONE));

		List<DynamicTest> tests = new ArrayList<>();
		for (int i = 0; i < shapes.size(); i++) {
			Shape shape = shapes.get(i);
			long seed = SEED + i;
			tests.add(DynamicTest.dynamicTest(shape + ", seed " + seed, () -> run(shape, seed)));
		}
		return tests.stream();
	}

	private static void run(Shape shape, long seed) {
		Court court = Court.of(shape.departments(), shape.placed(), shape.withoutDepartment(),
				shape.coveredDepartments(), shape.changes(), seed);
		int months = shape.changes() == Court.Changes.NONE && shape.placed() == shape.departments() ? 36
				: 24 + court.random().nextInt(13);
		List<ReviewAssignment> history = new ArrayList<>();
		List<RotationProposal> proposals = new ArrayList<>();
		for (int m = 0; m < months; m++) {
			YearMonth month = FIRST.plusMonths(m);
			if (m > 0) {
				court.nextMonth();
			}
			List<Reviewer> reviewers = court.reviewers();
			List<String> departments = court.departments();
			List<ReviewAssignment> shuffledHistory = new ArrayList<>(history);
			Collections.shuffle(shuffledHistory, court.random());
			RotationProposal proposal = ReviewRotation.propose(month, reviewers, departments, shuffledHistory);

			String context = shape + ", seed " + seed + ", " + month + ", reviewers " + reviewers
					+ ", departments " + departments;
			RotationOracle oracle = new RotationOracle(month, reviewers, departments, history);
			ProposalChecks.assertSound(context, reviewers, departments, oracle, proposal);
			if (BruteForce.size(reviewers, departments) <= BRUTE_FORCE_LIMIT) {
				ProposalChecks.assertOptimal(context, reviewers, departments, oracle, proposal);
			}
			history.addAll(proposal.assignments());
			proposals.add(proposal);
		}
		if (shape.changes() == Court.Changes.NONE && shape.placed() == shape.departments()) {
			assertEveryRoundComplete(shape + ", seed " + seed, court.reviewers(), court.departments(), proposals);
		}
	}

	/** One supervisor per department, no changes: no repeat ever, all others seen in every D-1 months running. */
	private static void assertEveryRoundComplete(String context, List<Reviewer> reviewers, List<String> departments,
			List<RotationProposal> proposals) {
		Map<String, List<String>> reviewedByMonth = new HashMap<>();
		for (RotationProposal proposal : proposals) {
			assertEquals(List.of(), proposal.repeats(), context + ", " + proposal.month());
			assertEquals(List.of(), proposal.uncovered(), context + ", " + proposal.month());
			for (ReviewAssignment line : proposal.assignments()) {
				reviewedByMonth.computeIfAbsent(line.reviewerStaffNo(), s -> new ArrayList<>())
						.add(line.departmentCode());
			}
		}
		int round = departments.size() - 1;
		for (Reviewer reviewer : reviewers) {
			List<String> sequence = reviewedByMonth.get(reviewer.staffNo());
			assertEquals(proposals.size(), sequence.size(), context + ": one department a month for " + reviewer);
			Set<String> others = new HashSet<>(departments);
			others.remove(reviewer.ownDepartment());
			for (int start = 0; start + round <= sequence.size(); start++) {
				assertTrue(new HashSet<>(sequence.subList(start, start + round)).equals(others),
						context + ": " + reviewer + " from month " + (start + 1) + " reviewed " + sequence);
			}
		}
	}
}
