package ducha.study.internal.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.study.Question;
import ducha.study.QuestionType;

/** What makes a question usable, for the bank's form and its ledger alike. */
final class QuestionRules {

	static final int TEXT_LENGTH = 2000;

	private QuestionRules() {
	}

	/** Every problem of the question; empty when it may be stored. */
	static List<String> problems(Question q) {
		List<String> problems = new ArrayList<>();
		required(problems, q.code(), Messages.fieldCode);
		required(problems, q.topic(), Messages.fieldTopic);
		required(problems, q.text(), Messages.fieldText);
		required(problems, q.answer(), Messages.fieldAnswer);
		if (q.text() != null && q.text().length() > TEXT_LENGTH) {
			problems.add(NLS.bind(Messages.checkTooLong, new Object[] { Messages.fieldText, q.text().length(),
					TEXT_LENGTH }));
		}
		if (q.points() < 1) {
			problems.add(Messages.questionPoints);
		}
		if (q.answer() != null) {
			problems.addAll(answerProblems(q));
		}
		return problems;
	}

	private static List<String> answerProblems(Question q) {
		List<String> problems = new ArrayList<>();
		if (q.type().hasOptions()) {
			if (q.options().size() < 2) {
				problems.add(Messages.questionOptions);
				return problems;
			}
			String last = Question.letter(q.options().size() - 1);
			var letters = Grading.letters(q.answer());
			boolean outside = letters.isEmpty() || letters.stream().anyMatch(c -> c > last.charAt(0));
			if (outside) {
				problems.add(NLS.bind(Messages.questionAnswerLetters, q.answer(), last));
			} else if (q.type() == QuestionType.SINGLE_CHOICE && letters.size() != 1) {
				problems.add(Messages.questionSingleAnswer);
			}
		} else {
			if (!q.options().isEmpty()) {
				problems.add(Messages.questionNoOptions);
			}
			if (q.type() == QuestionType.TRUE_FALSE && Grading.truth(q.answer()) == null) {
				problems.add(Messages.questionTrueFalse);
			}
		}
		return problems;
	}

	/** The key as stored: sorted letters of a choice question, 对 or 错 of a true/false one. */
	static String normalisedAnswer(Question q) {
		if (q.answer() == null) {
			return null;
		}
		if (q.type().hasOptions()) {
			StringBuilder key = new StringBuilder();
			Grading.letters(q.answer()).forEach(key::append);
			return key.toString();
		}
		if (q.type() == QuestionType.TRUE_FALSE && Grading.truth(q.answer()) != null) {
			return Grading.truth(q.answer()) ? "对" : "错";
		}
		return q.answer();
	}

	static void required(List<String> problems, String value, String field) {
		if (value == null || value.isBlank()) {
			problems.add(NLS.bind(Messages.checkRequired, field));
		}
	}
}
