package ducha.study;

import java.util.List;

/** A paper drawn from the bank: its questions in order. */
public record Paper(List<PaperQuestion> questions) {

	public Paper {
		questions = List.copyOf(questions);
	}

	/** The points of every question together (the test's total). */
	public int totalPoints() {
		return questions.stream().mapToInt(q -> q.question().points()).sum();
	}
}
