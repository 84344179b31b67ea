package ducha.study;

import java.util.List;
import java.util.Objects;

/**
 * A question of the bank (题库).
 *
 * @param id      database id, 0 while not stored
 * @param code    题号, the ledger's key, e.g. LZ-001
 * @param topic   专题, e.g. 廉洁自律
 * @param type    题型
 * @param text    题干
 * @param options the options of a choice question in their stored order (A, B, C, …); empty for other types
 * @param answer  the key: letters of the right options (e.g. {@code B}, {@code ACD}), 对 or 错 for a true/false
 *                question, the reference answer of a short answer
 * @param points  分值, at least 1
 * @param retired true once taken out of use (stays in papers already drawn)
 * @param version the stored version the question was read at, 0 while not stored (an edit passes it back, so that
 *                one made from an out-of-date form is refused)
 */
public record Question(long id, String code, String topic, QuestionType type, String text, List<String> options,
		String answer, int points, boolean retired, long version) {

	/** A question not yet stored. */
	public Question(long id, String code, String topic, QuestionType type, String text, List<String> options,
			String answer, int points, boolean retired) {
		this(id, code, topic, type, text, options, answer, points, retired, 0);
	}

	public Question {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(type, "type");
		options = options == null ? List.of() : List.copyOf(options);
	}

	/** The letter of the option at the index: A for 0. */
	public static String letter(int index) {
		return String.valueOf((char) ('A' + index));
	}
}
