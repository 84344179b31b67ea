package ducha.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ducha.app.ui.NameMatcher;
import ducha.app.ui.Pinyin;

/** Type-ahead by name, 拼音 initials or spelling, and 工号 or log-in name, without a workbench. */
class NameMatcherTest {

	private record Person(String name, String no, String login) {
	}

	private static final Person ZHANG_SANFENG = new Person("张三丰", "10001", "zsf");
	private static final Person ZHANG_WEI = new Person("张伟", "10002", "director");
	private static final Person ZHAO_SI = new Person("赵四", "20001", null);
	private static final Person SHAN_XIONGXIN = new Person("单雄信", "20002", null);
	private static final Person ZENG_GUOFAN = new Person("曾国藩", "30001", null);
	private static final Person OUYANG_XIU = new Person("欧阳修", "A0301", null);

	private final NameMatcher<Person> matcher = new NameMatcher<>(
			List.of(ZHANG_SANFENG, ZHANG_WEI, ZHAO_SI, SHAN_XIONGXIN, ZENG_GUOFAN, OUYANG_XIU), Person::name,
			p -> p.login() == null ? List.of(p.no()) : List.of(p.no(), p.login()));

	@Test
	void initialsFindTheName() {
		assertEquals(List.of(ZHANG_SANFENG), matcher.matching("zsf"));
		assertEquals(List.of(ZHANG_SANFENG), matcher.matching("ZSF"), "upper case as typed with caps lock");
		assertEquals(List.of(ZHANG_SANFENG, ZHANG_WEI, ZHAO_SI, ZENG_GUOFAN), matcher.matching("z"));
		assertEquals(List.of(ZHANG_SANFENG, ZHAO_SI), matcher.matching("zs"), "initials from the surname on");
		assertEquals(List.of(), matcher.matching("sf"), "not from the given name");
	}

	@Test
	void aSpellingFromTheSurnameOnFindsEveryoneOfThatName() {
		assertEquals(List.of(ZHANG_SANFENG, ZHANG_WEI), matcher.matching("zhang"));
		assertEquals(List.of(ZHANG_SANFENG), matcher.matching("zhangsanfeng"));
		assertEquals(List.of(ZHANG_SANFENG), matcher.matching("zhangsf"), "spelling and initials mixed");
		assertEquals(List.of(ZHANG_SANFENG), matcher.matching("zhang san"), "spaces between syllables");
		assertEquals(List.of(OUYANG_XIU), matcher.matching("ouyang"));
		assertEquals(List.of(), matcher.matching("zhangx"), "no 张 whose given name starts with x");
	}

	@Test
	void surnamesAreReadAsSurnames() {
		assertEquals(List.of("shan", "xiong", "xin"), Pinyin.syllables("单雄信"));
		assertEquals("zgf", Pinyin.initials("曾国藩"));
		assertEquals(List.of(SHAN_XIONGXIN), matcher.matching("sxx"));
		assertEquals(List.of(ZENG_GUOFAN), matcher.matching("zeng"));
	}

	@Test
	void partOfTheNameOrTheStartOfACodeFindsThePerson() {
		assertEquals(List.of(ZHANG_SANFENG), matcher.matching("三丰"));
		assertEquals(List.of(ZHANG_SANFENG, ZHANG_WEI), matcher.matching("张"));
		assertEquals(List.of(ZHANG_SANFENG, ZHANG_WEI), matcher.matching("1000"));
		assertEquals(List.of(OUYANG_XIU), matcher.matching("a03"), "a 工号 with letters, any case");
		assertEquals(List.of(ZHANG_WEI), matcher.matching("dir"), "a log-in name");
		assertEquals(List.of(), matcher.matching("0001"), "a 工号 matches from its start only");
	}

	@Test
	void aBlankQueryFindsEveryoneInTheGivenOrder() {
		assertEquals(6, matcher.matching("").size());
		assertEquals(ZHANG_SANFENG, matcher.matching("  ").get(0));
	}
}
