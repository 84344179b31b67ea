package ducha.study;

import java.util.List;

import ducha.core.security.Principal;

/**
 * The question bank (题库). Every method needs {@link StudyPermissions#TESTS_MANAGE}: the bank holds the answer
 * keys.
 */
public interface QuestionBank {

	/**
	 * The questions of a topic (null: every topic) in 题号 order.
	 *
	 * @param withRetired whether questions taken out of use are listed too
	 */
	List<Question> questions(String topic, boolean withRetired, Principal actor);

	/** The topics of the questions in use, sorted. */
	List<String> topics(Principal actor);

	/**
	 * Stores a new question or updates the one of its 题号.
	 *
	 * @throws ducha.core.ValidationException listing every problem (missing text, options of a choice question,
	 *                                        an answer key that names no option, points below 1)
	 */
	Question save(Question question, Principal actor);

	/** Takes the question of the 题号 out of use: it is drawn into no new paper. */
	void retire(String code, Principal actor);
}
