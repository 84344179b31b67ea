package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.PageKey;
import ducha.cases.WatchBasis;
import ducha.cases.WatchListEntry;
import ducha.cases.WatchListService;
import ducha.cases.WatchRule;
import ducha.core.ValidationException;

class WatchListTest {

	@TempDir
	Path dir;

	private WatchListService watch;
	private final List<Long> added = new ArrayList<>();

	@BeforeEach
	void courtWithCasesOfEveryRule() throws Exception {
		Osgi.resetCourt();
		watch = Osgi.service(WatchListService.class);
		Path file = new CaseFiles()
				.open("民初", 1, "20001", "MS1", "简易", 71) // 简易: 80% of 90 days = 72
				.open("民初", 2, "20001", "MS1", "简易", 72)
				.open("民初", 3, "20002", "MS1", "普通", 143) // 普通: 80% of 180 days = 144
				.open("民初", 4, "20002", "MS1", "普通", 150)
				.open("民初", 5, "20001", "MS1", "小额诉讼", 200) // no rule of its own: one year
				.open("民初", 6, "20001", "MS1", "小额诉讼", 400)
				.open("刑初", 7, "20003", "XST", null, 71) // 刑初: 72
				.open("刑初", 8, "20003", "XST", null, 80)
				.open("民终", 9, "20002", "MS1", "二审", 72) // 民终: 72
				.open("行初", 10, "20003", "XST", null, 143) // 行初: 144
				.open("执", 11, "20003", "XST", null, 179) // 执: 180 days
				.open("执", 12, "20003", "XST", null, 181)
				.closed("民初", 13, "20001", "MS1", 300, 20) // closed: never long-pending
				.write(dir, "cases.csv");
		Osgi.service(CaseRegister.class).importFile(file, Osgi.ADMIN, null);
	}

	@AfterEach
	void removeAddedRules() {
		added.forEach(id -> watch.deleteRule(id, watch.rules().stream().filter(r -> r.id() == id).findFirst()
				.orElseThrow().version(), Osgi.ADMIN));
	}

	@Test
	void everyDefaultRuleFlagsItsCasesFromItsDayOnWithAgeAndRule() {
		Map<Integer, String> flagged = flagged(CaseQuery.ALL, 100);
		Map<Integer, String> expected = new LinkedHashMap<>();
		expected.put(6, "400 立案超过一年未结"); // 35 days past its rule's day
		expected.put(8, "80 刑事一审审限已用 80%"); // 8
		expected.put(4, "150 普通程序审限已用 80%"); // 6
		expected.put(12, "181 执行案件立案超过六个月未结"); // 1
		expected.put(2, "72 简易程序审限已用 80%"); // 0, 案号 民初 before 民终
		expected.put(9, "72 二审审限已用 80%");
		assertEquals(expected, flagged, "most overdue first, each with its age and the rule that flagged it");
		assertEquals(6, watch.countLongPending(CaseQuery.ALL, LocalDate.now(), Osgi.ADMIN));
	}

	@Test
	void aRuleAddedToTheTableTakesOverTheCasesItCovers() {
		WatchRule rule = watch.saveRule(new WatchRule(0, "民初", "小额诉讼", WatchBasis.DAYS, 30, null, "小额诉讼立案满30天"),
				Osgi.ADMIN);
		added.add(rule.id());
		Map<Integer, String> flagged = flagged(CaseQuery.ALL, 100);
		assertEquals("200 小额诉讼立案满30天", flagged.get(5));
		assertEquals("400 小额诉讼立案满30天", flagged.get(6));
		assertEquals(7, flagged.size());
		assertThrows(ValidationException.class, () -> watch.saveRule(
				new WatchRule(0, "民初", "小额诉讼", WatchBasis.DAYS, 60, null, "重复"), Osgi.ADMIN));
	}

	@Test
	void aRuleForAFamilyFlagsEveryCodeOfItAndIsStoredUnderItsLabel() throws Exception {
		Path more = new CaseFiles().open("执恢", 1, "20003", "XST", null, 100).open("执保", 1, "20003", "XST", null, 40)
				.open("财保", 1, "20003", "XST", null, 100).write(dir, "more.csv");
		Osgi.service(CaseRegister.class).importFile(more, Osgi.ADMIN, null);
		WatchRule rule = watch.saveRule(new WatchRule(0, "enforcement", null, WatchBasis.DAYS, 60, null, "执行满60天"),
				Osgi.ADMIN);
		added.add(rule.id());
		assertEquals("执行", rule.caseType());
		Map<String, String> byNumber = new LinkedHashMap<>();
		watch.longPending(CaseQuery.ALL, LocalDate.now(), null, 100, Osgi.ADMIN).rows()
				.forEach(e -> byNumber.put(e.record().number().type() + e.record().number().sequence(),
						e.rule().label()));
		assertEquals("执行满60天", byNumber.get("执恢1"));
		assertFalse(byNumber.containsKey("执保1"), "40 days: not yet");
		assertFalse(byNumber.containsKey("财保1"), "保全 is another family: the one-year rule");
		assertEquals("执行案件立案超过六个月未结", byNumber.get("执12"), "the rule for the code 执 stays narrower");

		ValidationException unknown = assertThrows(ValidationException.class, () -> watch.saveRule(
				new WatchRule(0, "执行类", null, WatchBasis.DAYS, 60, null, "x"), Osgi.ADMIN));
		assertTrue(unknown.getMessage().contains("“执行类”"), unknown.getMessage());
		assertTrue(unknown.getMessage().contains("国家赔偿与司法救助"), "names the families: " + unknown.getMessage());
	}

	@Test
	void theListFiltersByDepartmentAndJudgeAndPagesMostOverdueFirst() {
		assertEquals(List.of(6, 4, 2, 9), List.copyOf(flagged(CaseQuery.ALL.withDepartment("MS1"), 1).keySet()));
		assertEquals(List.of(8, 12),
				List.copyOf(flagged(new CaseQuery(null, "20003", null, null), 1).keySet()));
		assertEquals(List.of(6, 4, 12), List.copyOf(flagged(new CaseQuery(null, null, null, 100), 2).keySet()));
	}

	/** Sequence number → "age label" of every flagged case, walking pages of the given size. */
	private Map<Integer, String> flagged(CaseQuery query, int pageSize) {
		Map<Integer, String> result = new LinkedHashMap<>();
		PageKey key = null;
		do {
			CasePage<WatchListEntry> page = watch.longPending(query, LocalDate.now(), key, pageSize, Osgi.ADMIN);
			for (WatchListEntry e : page.rows()) {
				result.put(e.record().number().sequence(), e.ageDays() + " " + e.rule().label());
			}
			key = page.next();
		} while (key != null);
		return result;
	}
}
