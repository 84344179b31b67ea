package ducha.study.internal.tests;

import java.util.Set;
import java.util.TreeSet;

import ducha.study.PaperQuestion;
import ducha.study.QuestionType;

/**
 * Grades an objective answer against the paper's key: a single choice and a true/false question score their
 * points when the answer is the key; a multiple choice scores its points only when exactly the right options are
 * chosen (all-or-nothing: one wrong or one missing option gives 0). Letters are read in any order and case, with
 * or without separators; true/false accepts 对/错, 正确/错误, √/×, T/F, Y/N.
 */
final class Grading {

	private Grading() {
	}

	/** The points of the answer, or null for a short answer (a marker decides). */
	static Integer points(PaperQuestion q, String answer) {
		QuestionType type = q.question().type();
		if (!type.objective()) {
			return null;
		}
		boolean right = type == QuestionType.TRUE_FALSE ? truth(answer) != null && truth(answer).equals(truth(q.answer()))
				: letters(answer).equals(letters(q.answer())) && !letters(answer).isEmpty();
		return right ? q.question().points() : 0;
	}

	/** The letters of a choice answer as a sorted set: {@code "c, a"} and {@code "AC"} are the same answer. */
	static Set<Character> letters(String answer) {
		Set<Character> letters = new TreeSet<>();
		if (answer != null) {
			for (char c : answer.toUpperCase().toCharArray()) {
				if (c >= 'A' && c <= 'Z') {
					letters.add(c);
				}
			}
		}
		return letters;
	}

	/** True for 对, false for 错, null for anything else. */
	static Boolean truth(String answer) {
		if (answer == null) {
			return null;
		}
		return switch (answer.strip().toUpperCase()) {
		case "对", "正确", "√", "T", "TRUE", "Y", "是" -> Boolean.TRUE;
		case "错", "错误", "×", "F", "FALSE", "N", "否" -> Boolean.FALSE;
		default -> null;
		};
	}
}
