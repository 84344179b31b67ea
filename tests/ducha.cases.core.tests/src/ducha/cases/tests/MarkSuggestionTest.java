package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseMarking;
import ducha.cases.CaseMarkingService;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestionService;
import ducha.core.ConcurrentChangeException;
import ducha.core.ValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;

class MarkSuggestionTest {

	private static final LocalDate CLOSED_FILED = LocalDate.now().minusDays(100);

	@TempDir
	Path dir;

	private MarkSuggestionService suggestions;
	private CaseMarkingService marking;
	private Map<MarkKind, List<String>> defaults;

	@BeforeEach
	void courtWithCausesOfEveryKind() throws Exception {
		Osgi.resetCourt();
		suggestions = Osgi.service(MarkSuggestionService.class);
		marking = Osgi.service(CaseMarkingService.class);
		defaults = suggestions.keywords();
		suggestions.saveKeywords(MarkKind.MASS_OR_PUBLIC, List.of("物业服务合同", " 劳动报酬 ", "物业服务合同"), Osgi.ADMIN);
		suggestions.saveKeywords(MarkKind.MAJOR_SENSITIVE, List.of("集资诈骗", "恶势力"), Osgi.ADMIN);
		Osgi.service(CaseRegister.class).importFile(new CaseFiles()
				.openWithCause("民初", 1, "20001", "MS1", "物业服务合同纠纷", 30)
				.openWithCause("民初", 2, "20002", "MS1", "追索劳动报酬纠纷", 20)
				.openWithCause("刑初", 3, "20003", "XST", "集资诈骗罪", 10)
				.openWithCause("民初", 4, "20001", "MS1", "民间借贷纠纷", 10)
				.openWithCause("民初", 5, "20001", "MS1", "物业服务合同纠纷", 5) // marked by hand before the scan
				.closed("民初", 6, "20002", "MS1", 100, 30) // closed: never suggested
				.line(CaseFiles.number(CLOSED_FILED.getYear(), "民初", 7), "物业服务合同纠纷", "20002", "MS1",
						CLOSED_FILED.toString(), "简易", CLOSED_FILED.plusDays(30).toString(), "调解", "已结")
				.write(dir, "cases.csv"), Osgi.ADMIN, null);
	}

	@AfterEach
	void restoreDefaultKeywords() {
		defaults.forEach((kind, words) -> suggestions.saveKeywords(kind, words, Osgi.ADMIN));
	}

	@Test
	void keywordListsAreStoredCleanedAndEditableOnlyWithTheRulesPermission() {
		assertEquals(List.of("物业服务合同", "劳动报酬"), suggestions.keywords().get(MarkKind.MASS_OR_PUBLIC));
		assertEquals(List.of(), suggestions.keywords().get(MarkKind.SIMILAR_CASE_CONFLICT));
		assertThrows(AccessDeniedException.class, () -> suggestions.saveKeywords(MarkKind.MASS_OR_PUBLIC,
				List.of("征收"), Osgi.user(Role.DEPARTMENT_HEAD, "MS1")));
		assertThrows(ValidationException.class,
				() -> suggestions.saveKeywords(MarkKind.MASS_OR_PUBLIC, List.of("物业%"), Osgi.ADMIN));
		assertEquals(List.of("物业服务合同", "劳动报酬"), suggestions.keywords().get(MarkKind.MASS_OR_PUBLIC));
	}

	@Test
	void theScanSuggestsOpenCasesWhoseCauseHasAKeywordOnceAndNotCasesAlreadyMarked() {
		marking.mark(number(5, 5), MarkKind.MASS_OR_PUBLIC, "同一小区业主系列案件", Osgi.ADMIN);
		assertEquals(3, suggestions.suggestByKeywords(Osgi.ADMIN));
		List<String> pending = pending(Osgi.ADMIN);
		assertEquals(List.of(number(1, 30) + " 群体性纠纷或社会关注 案由“物业服务合同纠纷”含关键词“物业服务合同”",
				number(2, 20) + " 群体性纠纷或社会关注 案由“追索劳动报酬纠纷”含关键词“劳动报酬”",
				number(3, 10) + " 重大敏感、疑难复杂 案由“集资诈骗罪”含关键词“集资诈骗”").stream().sorted().toList(),
				pending.stream().sorted().toList());
		assertEquals(0, suggestions.suggestByKeywords(Osgi.ADMIN), "a second scan raises nothing new");
		assertEquals(2, pending(Osgi.user(Role.DEPARTMENT_HEAD, "MS1")).size(), "the pending list is scoped");
	}

	@Test
	void aConfirmedSuggestionBecomesAMarkAndADismissedOneIsNotSuggestedAgain() {
		suggestions.suggestByKeywords(Osgi.ADMIN);
		MarkSuggestion property = find(number(1, 30));
		MarkSuggestion wages = find(number(2, 20));

		CaseMarking mark = suggestions.confirm(property.id(), property.version(), "经庭长审核确认", Osgi.ADMIN);
		assertEquals(property.id(), mark.suggestionId());
		assertEquals(Set.of(MarkKind.MASS_OR_PUBLIC), marking.kindsOf(number(1, 30), Osgi.ADMIN));
		assertEquals("经庭长审核确认", marking.history(number(1, 30), Osgi.ADMIN).get(0).reason());
		assertEquals(MarkSuggestion.Status.CONFIRMED, suggestions.suggestion(property.id(), Osgi.ADMIN).status());

		assertThrows(ValidationException.class, () -> suggestions.dismiss(wages.id(), wages.version(), " ", Osgi.ADMIN),
				"dismissing needs a reason");
		MarkSuggestion dismissed = suggestions.dismiss(wages.id(), wages.version(), "单一劳动者追索工资，不属于群体性纠纷",
				Osgi.ADMIN);
		assertEquals(MarkSuggestion.Status.DISMISSED, dismissed.status());
		assertEquals(Set.of(), marking.kindsOf(number(2, 20), Osgi.ADMIN));
		assertThrows(ValidationException.class, () -> suggestions.confirm(wages.id(), dismissed.version(), null,
				Osgi.ADMIN),
				"a decided suggestion is not decided again");

		marking.unmark(number(1, 30), MarkKind.MASS_OR_PUBLIC, "纠纷已化解", Osgi.ADMIN);
		assertEquals(0, suggestions.suggestByKeywords(Osgi.ADMIN), "neither the dismissed nor the unmarked case");
		assertEquals(List.of(number(3, 10) + " 重大敏感、疑难复杂 案由“集资诈骗罪”含关键词“集资诈骗”",
				number(5, 5) + " 群体性纠纷或社会关注 案由“物业服务合同纠纷”含关键词“物业服务合同”").stream().sorted().toList(),
				pending(Osgi.ADMIN).stream().sorted().toList(), "only the two never decided");
	}

	@Test
	void onlyAuthorisedRolesConfirmOrDismissButAnyReaderMayFlagASimilarCaseConflict() {
		Principal supervisor = Osgi.user(Role.POLITICAL_SUPERVISOR);
		assertThrows(AccessDeniedException.class, () -> suggestions.suggestByKeywords(supervisor));
		MarkSuggestion flagged = suggestions.flag(number(4, 10), MarkKind.SIMILAR_CASE_CONFLICT,
				"与本院同类民间借贷案件对利率的认定可能不一致", supervisor);
		assertEquals(MarkSuggestion.Basis.HAND, flagged.basis());
		assertEquals("political_supervisor", flagged.suggestedBy());
		assertThrows(ValidationException.class, () -> suggestions.flag(number(4, 10), MarkKind.SIMILAR_CASE_CONFLICT,
				"再次提示", Osgi.ADMIN), "one suggestion per case and kind");
		assertThrows(AccessDeniedException.class, () -> suggestions.confirm(flagged.id(), flagged.version(), "确认",
				supervisor));
		assertThrows(AccessDeniedException.class, () -> suggestions.dismiss(flagged.id(), flagged.version(), "驳回",
				supervisor));

		CaseMarking mark = suggestions.confirm(flagged.id(), flagged.version(), "", Osgi.ADMIN);
		assertEquals("与本院同类民间借贷案件对利率的认定可能不一致", mark.reason(), "a blank reason takes the flag's note");
		assertTrue(marking.kindsOf(number(4, 10), Osgi.ADMIN).contains(MarkKind.SIMILAR_CASE_CONFLICT));
	}

	@Test
	void aKeywordMatchingMoreCasesThanOneStoredChunkSuggestsEachCaseOnce() throws Exception {
		CaseFiles many = new CaseFiles();
		for (int sequence = 100; sequence < 1300; sequence++) {
			many.openWithCause("民初", sequence, "20002", "MS1", "民间借贷纠纷", 10);
		}
		Osgi.service(CaseRegister.class).importFile(many.write(dir, "many.csv"), Osgi.ADMIN, null);
		suggestions.saveKeywords(MarkKind.MAJOR, List.of("民间借贷"), Osgi.ADMIN);
		// 1,200 cases and case 4 for 民间借贷; cases 1, 2, 5 and 3 for the other kinds' keywords
		assertEquals(1201 + 4, suggestions.suggestByKeywords(Osgi.ADMIN));
		assertEquals(0, suggestions.suggestByKeywords(Osgi.ADMIN));
		long major = 0;
		long after = 0;
		List<MarkSuggestion> page;
		do {
			page = suggestions.pending(CaseQuery.ALL, after, 1000, Osgi.ADMIN);
			major += page.stream().filter(s -> s.kind() == MarkKind.MAJOR).count();
			after = page.isEmpty() ? after : page.get(page.size() - 1).id();
		} while (!page.isEmpty());
		assertEquals(1201, major);
	}

	private MarkSuggestion find(String caseNo) {
		return suggestions.pending(CaseQuery.ALL, 0, 100, Osgi.ADMIN).stream()
				.filter(s -> s.record().number().text().equals(caseNo)).findFirst().orElseThrow();
	}

	private List<String> pending(Principal reader) {
		return suggestions.pending(CaseQuery.ALL, 0, 100, reader).stream()
				.map(s -> s.record().number().text() + " " + s.kind().label() + " " + s.detail()).toList();
	}

	private static String number(int sequence, int age) {
		String type = sequence == 3 ? "刑初" : "民初";
		return CaseFiles.number(LocalDate.now().minusDays(age).getYear(), type, sequence);
	}

	/** A suggestion another desktop decided meanwhile is not decided again from the older view of it. */
	@Test
	void aSuggestionDecidedOnAnotherDesktopIsNotDecidedAgain() {
		MarkSuggestion flagged = suggestions.flag(number(4, 10), MarkKind.SIMILAR_CASE_CONFLICT, "与同类案件裁判尺度可能不一致",
				Osgi.ADMIN);

		suggestions.confirm(flagged.id(), flagged.version(), "经庭长审核确认", Principal.system("desk-one"));
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class, () -> suggestions
				.dismiss(flagged.id(), flagged.version(), "不属于类案冲突", Principal.system("desk-two")));

		assertEquals("desk-one", refused.changedBy().orElseThrow());
		assertEquals(MarkSuggestion.Status.CONFIRMED, suggestions.suggestion(flagged.id(), Osgi.ADMIN).status());
	}
}
