package ducha.study.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.study.Paper;
import ducha.study.PaperGenerator;
import ducha.study.PaperQuestion;
import ducha.study.PaperSpec;
import ducha.study.Question;
import ducha.study.QuestionType;

/** Papers drawn by seed: reproducible whatever order the bank is read in, different for another seed. */
class PaperGeneratorTest {

	private static final PaperSpec SPEC = PaperSpec.parse("党章党规:单选题:5；廉洁自律:多选题:3；廉洁自律:判断题:4");

	@Test
	void theSameBankSpecAndSeedGiveTheSamePaperWithTheSameOptionOrder() {
		List<Question> bank = bank();
		List<Question> shuffled = new ArrayList<>(bank);
		Collections.shuffle(shuffled, new Random(99));

		Paper first = PaperGenerator.draw(bank, SPEC, 2026L);
		Paper again = PaperGenerator.draw(shuffled, SPEC, 2026L);

		assertEquals(12, first.questions().size());
		assertEquals(codes(first), codes(again));
		assertEquals(first.questions().stream().map(PaperQuestion::optionOrder).toList(),
				again.questions().stream().map(PaperQuestion::optionOrder).toList());
		assertEquals(first.questions().stream().map(PaperQuestion::answer).toList(),
				again.questions().stream().map(PaperQuestion::answer).toList());
		assertEquals(List.of("单选题", "单选题", "单选题", "单选题", "单选题", "多选题", "多选题", "多选题", "判断题", "判断题", "判断题",
				"判断题"), first.questions().stream().map(q -> q.question().type().label()).toList(),
				"the spec's order");
	}

	@Test
	void anotherSeedDrawsAnotherPaper() {
		List<Question> bank = bank();
		Paper a = PaperGenerator.draw(bank, SPEC, 1L);
		Paper b = PaperGenerator.draw(bank, SPEC, 2L);
		assertNotEquals(List.of(codes(a), a.questions().stream().map(PaperQuestion::optionOrder).toList()),
				List.of(codes(b), b.questions().stream().map(PaperQuestion::optionOrder).toList()));
	}

	@Test
	void theKeyFollowsTheShuffledOptions() {
		for (PaperQuestion q : PaperGenerator.draw(bank(), SPEC, 5L).questions()) {
			if (q.question().type() == QuestionType.SINGLE_CHOICE) {
				int shown = q.answer().charAt(0) - 'A';
				assertEquals("正确选项", q.options().get(shown), q.question().code());
			}
		}
	}

	@Test
	void aSpecAskingMoreThanTheBankHoldsIsRefusedNamingTopicAndType() {
		List<Question> bank = new ArrayList<>(bank());
		bank.add(new Question(0, "ZZ-999", "廉洁自律", QuestionType.TRUE_FALSE, "已停用", List.of(), "对", 1, true));
		ValidationException refused = assertThrows(ValidationException.class,
				() -> PaperGenerator.draw(bank, PaperSpec.parse("廉洁自律:判断题:7；党章党规:单选题:2"), 1L));
		assertEquals(1, refused.problems().size(), refused.getMessage());
		assertTrue(refused.getMessage().contains("廉洁自律") && refused.getMessage().contains("判断题")
				&& refused.getMessage().contains("6"), refused.getMessage());
	}

	private static List<String> codes(Paper paper) {
		return paper.questions().stream().map(q -> q.question().code()).toList();
	}

	/** 10 single choices on 党章党规 (the right option first as stored), 6 multiple and 6 true/false on 廉洁自律. */
	private static List<Question> bank() {
		List<Question> bank = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			bank.add(new Question(i, String.format("DZ-%03d", i), "党章党规", QuestionType.SINGLE_CHOICE, "题 " + i,
					List.of("正确选项", "错误一", "错误二", "错误三"), "A", 2, false));
		}
		for (int i = 1; i <= 6; i++) {
			bank.add(new Question(100 + i, String.format("LZ-M%02d", i), "廉洁自律", QuestionType.MULTIPLE_CHOICE,
					"多选 " + i, List.of("甲", "乙", "丙", "丁"), "AB", 4, false));
			bank.add(new Question(200 + i, String.format("LZ-T%02d", i), "廉洁自律", QuestionType.TRUE_FALSE, "判断 " + i,
					List.of(), "对", 1, false));
		}
		return bank;
	}
}
