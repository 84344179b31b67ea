package ducha.study.internal.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.study.StudyTest;
import ducha.study.TestResult;

/** Who may sit a make-up and what it may score, for the service and the make-ups ledger alike. */
final class MakeupRules {

	private MakeupRules() {
	}

	/** A problem of the make-up's score (or of whether one is due) or of its date. */
	record Problem(boolean ofDate, String text) {
	}

	/**
	 * Only someone on the test's list (a candidate, or someone with a score) who did not pass may sit a make-up.
	 *
	 * @param result the person's result of the test, null when they are neither a candidate nor have a score
	 */
	static List<Problem> problems(StudyTest test, TestResult result, String name, Integer score, LocalDate date) {
		List<Problem> problems = new ArrayList<>();
		if (result == null) {
			problems.add(new Problem(false, NLS.bind(Messages.examNotCandidate, name, test.code())));
		} else if (result.score() != null && test.passes(result.score())) {
			problems.add(new Problem(false, NLS.bind(Messages.makeupNotDue, new Object[] { name, test.code(), result.score() })));
		}
		if (score != null && (score < 0 || score > test.totalPoints())) {
			problems.add(new Problem(false, NLS.bind(Messages.makeupScore, score, test.totalPoints())));
		}
		if (date != null && (date.isBefore(test.heldOn()) || date.isAfter(LocalDate.now()))) {
			problems.add(new Problem(true, NLS.bind(Messages.makeupDate, date, test.heldOn())));
		}
		return problems;
	}
}
