package ducha.core.internal.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Plausible, distinct Chinese names from a seeded random source; common surnames come up more often. */
final class ChineseNames {

	/** Roughly by frequency: the first ones are drawn more often. */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦邱江尹薛段雷侯龙史黎贺顾毛郝龚邵万覃武戴严";
	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯健俊帆帅旭宁欣雪琳晨思颖佳倩婷瑶怡雯博轩涵睿海波峰林亮成东明丹阳晓燕春梅新立昊嘉";

	private final Random random;
	private final Set<String> used = new HashSet<>();

	ChineseNames(Random random) {
		this.random = random;
	}

	String next() {
		while (true) {
			// squaring favours the front of the list, like real surname frequencies
			double r = random.nextDouble();
			char surname = SURNAMES.charAt((int) (r * r * SURNAMES.length()));
			StringBuilder name = new StringBuilder().append(surname).append(given());
			if (random.nextInt(10) < 7) {
				name.append(given());
			}
			if (used.add(name.toString())) {
				return name.toString();
			}
		}
	}

	private char given() {
		return GIVEN.charAt(random.nextInt(GIVEN.length()));
	}
}
