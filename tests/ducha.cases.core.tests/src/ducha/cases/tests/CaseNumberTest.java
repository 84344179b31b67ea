package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ducha.cases.CaseNumber;
import ducha.cases.MalformedCaseNumberException;

class CaseNumberTest {

	@Test
	void aFullWidthCaseNumberYieldsYearCourtTypeAndSequence() {
		CaseNumber n = CaseNumber.parse("（2023）川0724民初1234号");
		assertEquals(2023, n.year());
		assertEquals("川0724", n.courtCode());
		assertEquals("民初", n.type());
		assertEquals(1234, n.sequence());
	}

	@Test
	void asciiBracketsBlanksAndFullWidthDigitsGiveTheSameCanonicalNumber() {
		String canonical = "（2023）川0724民初1234号";
		assertEquals(canonical, CaseNumber.parse("(2023)川0724民初1234号").text());
		assertEquals(canonical, CaseNumber.parse(" （２０２３） 川0724 民初1234号 ").text());
		assertEquals(canonical, CaseNumber.parse("〔2023〕川0724民初1234号").text());
	}

	@Test
	void typesOfSeveralLettersAndCourtsWithoutDigitsAreRead() {
		assertEquals("执恢", CaseNumber.parse("（2022）川0724执恢15号").type());
		assertEquals("执", CaseNumber.parse("（2022）川0724执88号").type());
		CaseNumber appeal = CaseNumber.parse("（2024）川07民终309号");
		assertEquals("川07", appeal.courtCode());
		assertEquals("民终", appeal.type());
		assertEquals("最高法", CaseNumber.parse("（2021）最高法民再12号").courtCode());
	}

	@Test
	void malformedNumbersAreRejectedWithTheReason() {
		assertReason("", "案号为空");
		assertReason("2023川0724民初1234号", "带括号的年份");
		assertReason("（2023川0724民初1234号", "括号没有闭合");
		assertReason("（23）川0724民初1234号", "四位年份");
		assertReason("（1899）川0724民初1234号", "年份 1899 不合理");
		assertReason("（2023）川0724民初1234", "“号”结尾");
		assertReason("（2023）川0724民初号", "缺少序号");
		assertReason("（2023）川0724民初0号", "序号不能为 0");
		assertReason("（2023）Z0724民初12号", "省级简称");
		assertReason("（2023）川0724民X12号", "案件类型代字“民X”未知");
		assertReason("（2023）川0724012号", "缺少案件类型代字");
		assertReason("（2023）川072412345民初12号", "数字过长");
	}

	private static void assertReason(String text, String expected) {
		MalformedCaseNumberException e = assertThrows(MalformedCaseNumberException.class, () -> CaseNumber.parse(text));
		assertTrue(e.reason().contains(expected), "reason for " + text + ": " + e.reason());
	}
}
