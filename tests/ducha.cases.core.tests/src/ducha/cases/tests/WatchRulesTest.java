package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ducha.cases.WatchBasis;
import ducha.cases.WatchListEntry;
import ducha.cases.WatchRule;
import ducha.cases.WatchRules;

class WatchRulesTest {

	private static final WatchRule ANY = new WatchRule(1, null, null, WatchBasis.DAYS, 365, null, "一年");
	private static final WatchRule CIVIL = new WatchRule(2, "民初", null, WatchBasis.LIMIT_SHARE, 180, 80, "民初");
	private static final WatchRule CIVIL_SIMPLE = new WatchRule(3, "民初", "简易", WatchBasis.LIMIT_SHARE, 90, 80, "简易");
	private static final WatchRule SIMPLE = new WatchRule(4, null, "简易", WatchBasis.DAYS, 60, null, "任何简易");

	private final WatchRules rules = new WatchRules(List.of(ANY, SIMPLE, CIVIL, CIVIL_SIMPLE));

	@Test
	void theShareOfTheStatutoryLimitIsRoundedUpToWholeDays() {
		assertEquals(72, CIVIL_SIMPLE.flagAfterDays());
		assertEquals(144, CIVIL.flagAfterDays());
		assertEquals(365, ANY.flagAfterDays());
		assertEquals(3, new WatchRule(0, null, null, WatchBasis.LIMIT_SHARE, 5, 50, "x").flagAfterDays());
	}

	@Test
	void theMostSpecificRuleApplies() {
		assertEquals(CIVIL_SIMPLE, rules.ruleFor("民初", "简易").orElseThrow());
		assertEquals(CIVIL, rules.ruleFor("民初", "普通").orElseThrow());
		assertEquals(CIVIL, rules.ruleFor("民初", null).orElseThrow());
		assertEquals(SIMPLE, rules.ruleFor("民终", "简易").orElseThrow());
		assertEquals(ANY, rules.ruleFor("刑初", "普通").orElseThrow());
	}

	@Test
	void aCaseIsFlaggedFromTheRulesDayOn() {
		assertTrue(rules.flags("民初", "简易", 71).isEmpty());
		assertEquals(CIVIL_SIMPLE, rules.flags("民初", "简易", 72).orElseThrow());
		// the broader one-year rule does not flag a case a narrower rule covers
		assertTrue(rules.flags("民初", "普通", 100).isEmpty());
		assertTrue(new WatchRules(List.of(CIVIL)).ruleFor("刑初", null).isEmpty());
	}

	@Test
	void theListSaysHowMuchOfTheLimitACaseHasReallyUsed() {
		WatchListEntry longOpen = new WatchListEntry(null, 725, CIVIL_SIMPLE);
		assertEquals(805, longOpen.limitUsedPercent());
		assertTrue(longOpen.reason().startsWith("简易") && longOpen.reason().contains("805%"), longOpen.reason());
		WatchListEntry justFlagged = new WatchListEntry(null, 72, CIVIL_SIMPLE);
		assertEquals(80, justFlagged.limitUsedPercent());
		// a rule counting days says its own label: the age column shows the days
		WatchListEntry byDays = new WatchListEntry(null, 400, ANY);
		assertEquals(-1, byDays.limitUsedPercent());
		assertEquals("一年", byDays.reason());
	}

	@Test
	void aFamilyRuleCoversEveryCodeOfTheFamilyAndYieldsToACodeRule() {
		WatchRule enforcement = new WatchRule(5, "执行", null, WatchBasis.DAYS, 180, null, "执行六个月");
		WatchRule enforcementSimple = new WatchRule(6, "执行", "简易", WatchBasis.DAYS, 90, null, "执行简易");
		WatchRule firstEnforcement = new WatchRule(7, "执", null, WatchBasis.DAYS, 120, null, "首次执行");
		assertTrue(enforcement.namesFamily());
		assertFalse(firstEnforcement.namesFamily());
		WatchRules table = new WatchRules(List.of(ANY, SIMPLE, enforcement, enforcementSimple, firstEnforcement));
		assertEquals(enforcement, table.ruleFor("执恢", null).orElseThrow());
		assertEquals(enforcement, table.ruleFor("执保", "普通").orElseThrow());
		assertEquals(enforcementSimple, table.ruleFor("执异", "简易").orElseThrow(), "family and procedure first");
		assertEquals(firstEnforcement, table.ruleFor("执", "简易").orElseThrow(), "a code is narrower than a family");
		assertEquals(SIMPLE, table.ruleFor("民初", "简易").orElseThrow(), "other families are not covered");
		assertEquals(ANY, table.ruleFor("财保", null).orElseThrow(), "保全 is not 执行");
	}
}
