package ducha.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ducha.core.ValidationException;

/**
 * How a paper is drawn from the bank (组卷规则): per topic and type, how many questions. Written as text in the
 * tests ledger and stored with the test: {@code 廉洁自律:单选题:5；党章党规:判断题:5} (lines separated by ； ; or
 * line breaks, the three parts by : or ：).
 */
public record PaperSpec(List<Line> lines) {

	/** How many questions of a type the paper takes from a topic. */
	public record Line(String topic, QuestionType type, int count) {

		public Line {
			Objects.requireNonNull(topic, "topic");
			Objects.requireNonNull(type, "type");
		}
	}

	/** No questions: a paper exam whose scores are only imported. */
	public static final PaperSpec NONE = new PaperSpec(List.of());

	public PaperSpec {
		lines = List.copyOf(lines);
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	/** The spec as the tests ledger writes it. */
	public String text() {
		return String.join("；", lines.stream().map(l -> l.topic() + ":" + l.type().label() + ":" + l.count()).toList());
	}

	/**
	 * The spec of its text; empty text is {@link #NONE}.
	 *
	 * @throws ValidationException naming each part that cannot be read
	 */
	public static PaperSpec parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		List<Line> lines = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String part : text.split("[；;\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			String[] fields = part.strip().split("\\s*[:：]\\s*");
			QuestionType type = fields.length == 3 ? QuestionType.parse(fields[1]) : null;
			Integer count = fields.length == 3 && fields[2].matches("\\d{1,4}") ? Integer.valueOf(fields[2]) : null;
			if (type == null || count == null || count < 1 || fields[0].isBlank()) {
				problems.add("“" + part.strip() + "”应写成 专题:题型:题数，如 廉洁自律:单选题:5");
			} else {
				lines.add(new Line(fields[0], type, count));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return new PaperSpec(lines);
	}
}
