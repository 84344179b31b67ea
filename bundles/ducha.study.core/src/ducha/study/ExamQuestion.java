package ducha.study;

import java.util.List;

/**
 * A question as a candidate sees it in the exam: no key.
 *
 * @param number     1, 2, … in paper order
 * @param questionId the question's id, which {@link TestService#submit} answers are keyed by
 * @param type       题型
 * @param text       题干
 * @param options    the options in the paper's order (A, B, …); empty for true/false and short answers
 * @param points     分值
 */
public record ExamQuestion(int number, long questionId, QuestionType type, String text, List<String> options,
		int points) {

	public ExamQuestion {
		options = List.copyOf(options);
	}
}
