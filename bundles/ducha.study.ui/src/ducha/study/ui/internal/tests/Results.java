package ducha.study.ui.internal.tests;

import ducha.study.TestResult;

/** How a result's scores read in the lists: a number, 缺考 or 待阅卷, and the pass. */
final class Results {

	private Results() {
	}

	static String score(TestResult r) {
		if (r == null) {
			return "";
		}
		if (r.score() != null) {
			return String.valueOf(r.score());
		}
		return r.pendingMarking() ? Messages.pendingMarking : r.absent() ? Messages.absent : "";
	}

	static String number(Integer value) {
		return value == null ? "" : String.valueOf(value);
	}

	static String passed(TestResult r) {
		return r == null || r.finalScore() == null ? "" : r.passed() ? Messages.yes : Messages.no;
	}
}
