package ducha.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.study.internal.tests.Messages;

/**
 * Draws a paper from the bank: for each line of the spec, in the spec's order, that many questions of the topic
 * and type, and the options of each choice question in an order of their own. Pure and reproducible: the bank is
 * put in 题号 order first and one {@link Random} of the seed makes every choice, so the same bank, spec and seed give
 * the same questions in the same order with the same option order, whatever order the bank was read in.
 */
public final class PaperGenerator {

	private PaperGenerator() {
	}

	/**
	 * @param bank the questions to draw from; retired ones are passed over
	 * @throws ValidationException naming the topic and type of every line that asks for more questions than the
	 *                             bank holds (nothing is drawn then)
	 */
	public static Paper draw(List<Question> bank, PaperSpec spec, long seed) {
		List<Question> inUse = bank.stream().filter(q -> !q.retired()).sorted(Comparator.comparing(Question::code))
				.toList();
		List<String> problems = new ArrayList<>();
		for (PaperSpec.Line line : spec.lines()) {
			long held = inUse.stream().filter(q -> fits(q, line)).count();
			long asked = spec.lines().stream().filter(l -> l.topic().equals(line.topic()) && l.type() == line.type())
					.mapToInt(PaperSpec.Line::count).sum();
			if (asked > held) {
				problems.add(NLS.bind(Messages.paperTooFew,
						new Object[] { line.topic(), line.type().label(), asked, held }));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems.stream().distinct().toList());
		}
		Random random = new Random(seed);
		List<Question> drawn = new ArrayList<>();
		List<PaperQuestion> questions = new ArrayList<>();
		for (PaperSpec.Line line : spec.lines()) {
			List<Question> candidates = new ArrayList<>(
					inUse.stream().filter(q -> fits(q, line) && !drawn.contains(q)).toList());
			Collections.shuffle(candidates, random);
			for (Question q : candidates.subList(0, line.count())) {
				drawn.add(q);
				questions.add(new PaperQuestion(questions.size() + 1, q, optionOrder(q, random)));
			}
		}
		return new Paper(questions);
	}

	private static boolean fits(Question q, PaperSpec.Line line) {
		return q.topic().equals(line.topic()) && q.type() == line.type();
	}

	private static List<Integer> optionOrder(Question q, Random random) {
		List<Integer> order = new ArrayList<>(IntStream.range(0, q.options().size()).boxed().toList());
		if (q.type().hasOptions()) {
			Collections.shuffle(order, random);
		}
		return order;
	}
}
