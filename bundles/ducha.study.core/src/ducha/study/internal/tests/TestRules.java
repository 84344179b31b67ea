package ducha.study.internal.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.core.period.Period;
import ducha.study.MakeupRule;
import ducha.study.StudyTest;
import ducha.study.TestMode;

/** What makes a test valid before its paper is drawn (the pass mark is checked against the drawn total). */
final class TestRules {

	static final int MAX_MINUTES = 600;

	private TestRules() {
	}

	/** The test with the rule, trimmed, or every problem as a {@link ValidationException}. */
	static StudyTest check(StudyTest t, MakeupRule rule) {
		List<String> problems = problems(t);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return new StudyTest(0, t.code().strip(), t.title().strip(), t.year(), t.quarter(), t.heldOn(), t.openUntil(),
				t.passMark(), t.totalPoints(), t.mode(), t.mode() == TestMode.PAPER ? 0 : t.timeLimitMinutes(),
				t.seed(), t.spec(), rule);
	}

	static List<String> problems(StudyTest t) {
		List<String> problems = new ArrayList<>();
		QuestionRules.required(problems, t.code(), Messages.fieldCode);
		QuestionRules.required(problems, t.title(), Messages.fieldTitle);
		if (t.quarter() < 1 || t.quarter() > 4) {
			problems.add(Messages.testQuarter);
		} else {
			Period quarter = Period.quarter(t.year(), t.quarter());
			if (!quarter.contains(t.heldOn())) {
				problems.add(NLS.bind(Messages.testDateInQuarter, t.heldOn(), quarter.label()));
			}
		}
		if (t.openUntil().isBefore(t.heldOn())) {
			problems.add(NLS.bind(Messages.testOpenUntil, t.openUntil(), t.heldOn()));
		}
		if (t.spec().isEmpty() && t.totalPoints() < 1) {
			problems.add(Messages.testTotal);
		}
		if (t.mode() == TestMode.WORKBENCH) {
			if (t.timeLimitMinutes() < 1 || t.timeLimitMinutes() > MAX_MINUTES) {
				problems.add(Messages.testTimeLimit);
			}
			if (t.spec().isEmpty()) {
				problems.add(Messages.testNoPaper);
			}
		}
		return problems;
	}
}
