package ducha.study;

import java.util.List;

/**
 * A question as it stands on a paper: its number, its options in the paper's order and the key in the letters of
 * that order.
 *
 * @param number      1, 2, … in paper order
 * @param question    the question of the bank
 * @param optionOrder for each option shown (A, B, …), the index of the option in {@link Question#options()}
 */
public record PaperQuestion(int number, Question question, List<Integer> optionOrder) {

	public PaperQuestion {
		optionOrder = List.copyOf(optionOrder);
	}

	/** The options in the order the paper shows them. */
	public List<String> options() {
		return optionOrder.stream().map(i -> question.options().get(i)).toList();
	}

	/** The key in the paper's letters, e.g. {@code AC}; the stored key for true/false and short answers. */
	public String answer() {
		if (!question.type().hasOptions()) {
			return question.answer();
		}
		StringBuilder key = new StringBuilder();
		for (int shown = 0; shown < optionOrder.size(); shown++) {
			if (question.answer().contains(Question.letter(optionOrder.get(shown)))) {
				key.append(Question.letter(shown));
			}
		}
		return key.toString();
	}

	/** What a candidate sees: the question without its key. */
	public ExamQuestion forCandidate() {
		return new ExamQuestion(number, question.id(), question.type(), question.text(), options(), question.points());
	}
}
