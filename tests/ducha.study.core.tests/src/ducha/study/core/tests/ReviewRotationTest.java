package ducha.study.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ducha.study.ReviewAssignment;
import ducha.study.ReviewRotation;
import ducha.study.Reviewer;
import ducha.study.RotationProposal;

/** The rotation's edge cases and the rules shown on hand-made courts. */
class ReviewRotationTest {

	private static final YearMonth MAY = YearMonth.of(2026, 5);

	@Test
	void aDepartmentWithoutReviewersIsUncovered() {
		RotationProposal proposal = ReviewRotation.propose(MAY, List.of(), List.of("D1"), List.of());

		assertEquals(new RotationProposal(MAY, List.of(), List.of("D1"), List.of()), proposal);
	}

	@Test
	void nothingToReviewGivesAnEmptyProposal() {
		RotationProposal proposal = ReviewRotation.propose(MAY, List.of(new Reviewer("1", "D1")), List.of(),
				List.of(line(MAY.minusMonths(1), "1", "D2")));

		assertEquals(new RotationProposal(MAY, List.of(), List.of(), List.of()), proposal);
	}

	@Test
	void theOnlySupervisorNeverReviewsTheirOwnDepartment() {
		RotationProposal proposal = ReviewRotation.propose(MAY, List.of(new Reviewer("1", "D1")),
				List.of("D2", "D1", "D3"), List.of());

		assertEquals(List.of(line(MAY, "1", "D2"), line(MAY, "1", "D3")), proposal.assignments());
		assertEquals(List.of("D1"), proposal.uncovered());
	}

	@Test
	void shufflingTheInputGivesTheSameProposal() {
		Random random = new Random(4242);
		List<String> departments = new ArrayList<>();
		List<Reviewer> reviewers = new ArrayList<>();
		for (int d = 1; d <= 9; d++) {
			departments.add("D" + d);
		}
		for (int r = 1; r <= 6; r++) {
			reviewers.add(new Reviewer("S" + r, random.nextInt(4) == 0 ? null : "D" + (1 + random.nextInt(9))));
		}
		List<ReviewAssignment> history = new ArrayList<>();
		for (int back = 1; back <= 6; back++) {
			for (int l = 0; l < 9; l++) {
				history.add(line(MAY.minusMonths(back), "S" + (1 + random.nextInt(7)), "D" + (1 + random.nextInt(9))));
			}
		}
		RotationProposal expected = ReviewRotation.propose(MAY, reviewers, departments, history);

		for (int i = 0; i < 20; i++) {
			Collections.shuffle(departments, random);
			Collections.shuffle(reviewers, random);
			Collections.shuffle(history, random);
			assertEquals(expected, ReviewRotation.propose(MAY, reviewers, departments, history), "shuffle " + i);
		}
	}

	@Test
	void aReviewerListedTwiceCountsOnceAndWithTwoDepartmentsIsRefused() {
		RotationProposal once = ReviewRotation.propose(MAY, List.of(new Reviewer("1", "D1")), List.of("D1", "D2"),
				List.of());

		assertEquals(once, ReviewRotation.propose(MAY, List.of(new Reviewer("1", "D1"), new Reviewer("1", "D1")),
				List.of("D1", "D2", "D2"), List.of()));
		assertThrows(IllegalArgumentException.class, () -> ReviewRotation.propose(MAY,
				List.of(new Reviewer("1", "D1"), new Reviewer("1", "D2")), List.of("D1", "D2"), List.of()));
	}

	@Test
	void eachReviewerTakesTheDepartmentTheyReviewedLongestAgo() {
		List<Reviewer> court = List.of(new Reviewer("A", "D1"), new Reviewer("B", "D2"), new Reviewer("C", "D3"));
		List<ReviewAssignment> history = List.of(line(MAY.minusMonths(2), "A", "D2"),
				line(MAY.minusMonths(2), "B", "D3"), line(MAY.minusMonths(2), "C", "D1"),
				line(MAY.minusMonths(1), "A", "D3"), line(MAY.minusMonths(1), "B", "D1"),
				line(MAY.minusMonths(1), "C", "D2"));

		RotationProposal proposal = ReviewRotation.propose(MAY, court, List.of("D1", "D2", "D3"), history);

		assertEquals(List.of(line(MAY, "C", "D1"), line(MAY, "A", "D2"), line(MAY, "B", "D3")),
				proposal.assignments());
		assertEquals(List.of(), proposal.repeats());
	}

	@Test
	void aReviewerWhoseRoundEndsThisMonthOpensTheNextWithoutRepeats() {
		// A has reviewed D2 and D3 of D2..D4; alone, A takes all three: D4 ends the round, D2 and D3 open the next.
		List<ReviewAssignment> history = List.of(line(MAY.minusMonths(1), "A", "D2"),
				line(MAY.minusMonths(1), "A", "D3"));

		RotationProposal proposal = ReviewRotation.propose(MAY, List.of(new Reviewer("A", "D1")),
				List.of("D1", "D2", "D3", "D4"), history);

		assertEquals(3, proposal.assignments().size());
		assertEquals(List.of(), proposal.repeats());
	}

	@Test
	void aRepeatNoAssignmentAvoidsIsReported() {
		// Both have seen D2 in their round {D2, D3}; one of them has to take D2 again.
		List<ReviewAssignment> history = List.of(line(MAY.minusMonths(1), "A", "D2"),
				line(MAY.minusMonths(1), "B", "D2"));

		RotationProposal proposal = ReviewRotation.propose(MAY, List.of(new Reviewer("A", "D1"),
				new Reviewer("B", "D1")), List.of("D1", "D2", "D3"), history);

		assertEquals(List.of("D1"), proposal.uncovered());
		assertEquals(1, proposal.repeats().size());
		assertEquals("D2", proposal.repeats().get(0).departmentCode());
	}

	@Test
	void historyOfThisMonthOrLaterIsIgnored() {
		List<Reviewer> court = List.of(new Reviewer("A", "D1"), new Reviewer("B", "D2"), new Reviewer("C", "D3"));
		List<String> departments = List.of("D1", "D2", "D3");
		List<ReviewAssignment> earlier = List.of(line(MAY.minusMonths(1), "A", "D2"),
				line(MAY.minusMonths(1), "B", "D3"), line(MAY.minusMonths(1), "C", "D1"));
		List<ReviewAssignment> withThisMonth = new ArrayList<>(earlier);
		withThisMonth.add(line(MAY, "A", "D3"));
		withThisMonth.add(line(MAY.plusMonths(1), "B", "D1"));

		assertEquals(ReviewRotation.propose(MAY, court, departments, earlier),
				ReviewRotation.propose(MAY, court, departments, withThisMonth));
	}

	private static ReviewAssignment line(YearMonth month, String staffNo, String department) {
		return ReviewAssignment.of(month, staffNo, department);
	}
}
