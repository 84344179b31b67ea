package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import ducha.cases.CaseMarking;
import ducha.cases.CaseMarkingService;
import ducha.cases.CaseQuery;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestionService;
import ducha.cases.WatchList;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.demo.DemoReport;
import ducha.core.demo.DemoService;
import ducha.core.spi.ScreeningClueSource;
import ducha.core.spi.ScreeningClueSource.ScreeningClue;

/** The demo court's four-kinds and major cases, marking history, suggestions and clues for the petitions plugin. */
class CasesDemoTest {

	@Test
	void theDemoCourtHasMarkedCasesATakenBackMarkAndSuggestionsToDecide() {
		Osgi.wipe();
		DemoReport report = Osgi.service(DemoService.class).seed(Osgi.ADMIN, new NullProgressMonitor());
		assertFalse(report.lines().stream().anyMatch(line -> line.contains("失败")), report.lines().toString());

		CaseMarkingService marking = Osgi.service(CaseMarkingService.class);
		LocalDate today = LocalDate.now();
		assertEquals(3, marking.count(WatchList.MAJOR.kinds(), CaseQuery.ALL, today, Osgi.ADMIN));
		long fourKinds = marking.count(MarkKind.fourKinds(), CaseQuery.ALL, today, Osgi.ADMIN);
		assertTrue(fourKinds >= 6 && fourKinds <= 7, "six marked by hand and perhaps one confirmed: " + fourKinds);

		List<AuditEntry> unmarks = Osgi.service(AuditLog.class).find(
				new AuditQuery(null, "cases.unmark", null, null, null, null, 10), Osgi.ADMIN);
		assertEquals(1, unmarks.size());
		List<CaseMarking> history = marking.history(unmarks.get(0).objectId(), Osgi.ADMIN);
		assertEquals(List.of(true, false), history.stream().map(CaseMarking::marked).toList());

		List<MarkSuggestion> pending = Osgi.service(MarkSuggestionService.class).pending(CaseQuery.ALL, 0, 1000,
				Osgi.ADMIN);
		assertTrue(pending.stream().anyMatch(s -> s.basis() == MarkSuggestion.Basis.HAND
				&& s.kind() == MarkKind.SIMILAR_CASE_CONFLICT), "the hand-flagged similar-case conflict");
		assertTrue(pending.stream().anyMatch(s -> s.basis() == MarkSuggestion.Basis.KEYWORD),
				"keyword suggestions left to decide");
		List<MarkSuggestion> byParties = pending.stream().filter(s -> s.basis() == MarkSuggestion.Basis.PARTY_COUNT)
				.toList();
		assertFalse(byParties.isEmpty(), "party-count suggestions left to decide");
		int threshold = Osgi.service(MarkSuggestionService.class).partyThreshold();
		assertTrue(byParties.stream().allMatch(s -> s.kind() == MarkKind.MASS_OR_PUBLIC && s.record().status().isOpen()
				&& s.record().partyCount() >= threshold), byParties.toString());

		Set<String> clueKinds = Osgi.service(ScreeningClueSource.class, s -> s.source().equals("cases")).clues()
				.stream().map(ScreeningClue::kind).collect(Collectors.toSet());
		assertEquals(Set.of(ScreeningClue.UNQUALIFIED, ScreeningClue.REVERSED, ScreeningClue.RETRIAL), clueKinds,
				"the clue library gets reversed, remanded and retrial cases too");
	}
}
