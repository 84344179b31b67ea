package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestionService;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Role;

/** The optional 当事人数 column of the register and the party-count suggestion of mass disputes. */
class PartyCountTest {

	private static final String HEADER = CaseFiles.HEADER + ",当事人数";

	@TempDir
	Path dir;

	private CaseRegister register;
	private MarkSuggestionService suggestions;
	private int defaultThreshold;

	@BeforeEach
	void cleanCourt() {
		Osgi.resetCourt();
		register = Osgi.service(CaseRegister.class);
		suggestions = Osgi.service(MarkSuggestionService.class);
		defaultThreshold = suggestions.partyThreshold();
	}

	@AfterEach
	void restoreThreshold() {
		suggestions.savePartyThreshold(defaultThreshold, Osgi.ADMIN);
	}

	@Test
	void aPartyCountIsReadAndAnEmptyCellOrMissingColumnMeansUnknown() throws Exception {
		register.importFile(file("parties.csv", HEADER, row(1, "25"), row(2, ""), row(3, "0")), Osgi.ADMIN, null);
		assertEquals(25, parties(1));
		assertNull(parties(2), "an empty cell is unknown");
		assertEquals(0, parties(3));

		register.importFile(file("old.csv", CaseFiles.HEADER, row(4, null)), Osgi.ADMIN, null);
		assertNull(parties(4), "a file without the column leaves the count unknown");
	}

	@Test
	void aNonNumberOrNegativeCountRejectsTheFileNamingFileRowAndColumn() throws Exception {
		Path bad = file("bad.csv", HEADER, row(1, "12"), row(2, "十二"), row(3, "-3"));
		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> register.importFile(bad, Osgi.ADMIN, null));
		List<String> problems = e.ledgerProblems().stream().map(LedgerProblem::toString).toList();
		assertEquals(2, problems.size(), String.join("\n", problems));
		assertTrue(problems.get(0).startsWith("bad.csv:3:当事人数: "), problems.get(0));
		assertTrue(problems.get(1).startsWith("bad.csv:4:当事人数: "), problems.get(1));
		assertEquals(0, register.count(CaseQuery.ALL, Osgi.ADMIN), "nothing of a bad file is stored");
	}

	@Test
	void aNewerExportUpdatesAKnownCountAndAnUnknownOneKeepsIt() throws Exception {
		register.importFile(file("first.csv", HEADER, row(1, "8"), row(2, "30")), Osgi.ADMIN, null);
		register.importFile(file("second.csv", HEADER, row(1, "14"), row(2, "")), Osgi.ADMIN, null);
		assertEquals(14, parties(1), "a newer count replaces the stored one");
		assertEquals(30, parties(2), "an empty cell keeps the stored count");
		register.importFile(file("third.csv", CaseFiles.HEADER, row(1, null)), Osgi.ADMIN, null);
		assertEquals(14, parties(1), "a file without the column keeps the stored count");

		Path exported = dir.resolve("export.csv");
		register.exportCsv(exported, CaseQuery.ALL, Osgi.ADMIN, null);
		List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).endsWith("状态,当事人数"), lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith(number(1)) && l.endsWith(",14")),
				String.join("\n", lines));
	}

	@Test
	void openCasesWithEnoughPartiesAreSuggestedAsMassDisputesOnceAndNotAgainAfterDismissal() throws Exception {
		register.importFile(file("parties.csv", HEADER, row(1, "12"), row(2, "9"), row(3, ""), row(4, "40")),
				Osgi.ADMIN, null);
		suggestions.savePartyThreshold(10, Osgi.ADMIN);
		assertEquals(2, suggestions.suggestByPartyCount(Osgi.ADMIN));
		List<MarkSuggestion> pending = suggestions.pending(CaseQuery.ALL, 0, 100, Osgi.ADMIN);
		assertEquals(List.of(number(1), number(4)), pending.stream().map(s -> s.record().number().text()).sorted()
				.toList());
		MarkSuggestion first = pending.stream().filter(s -> s.record().number().text().equals(number(1)))
				.findFirst().orElseThrow();
		assertEquals(MarkKind.MASS_OR_PUBLIC, first.kind());
		assertEquals(MarkSuggestion.Basis.PARTY_COUNT, first.basis());
		assertEquals("当事人 12 人，达到 10 人的提示标准", first.detail());
		assertEquals(12, first.record().partyCount());

		suggestions.dismiss(first.id(), first.version(), "同一借款人的系列案件，非群体性纠纷", Osgi.ADMIN);
		assertEquals(0, suggestions.suggestByPartyCount(Osgi.ADMIN), "neither the dismissed nor the pending case");

		suggestions.savePartyThreshold(9, Osgi.ADMIN);
		assertEquals(9, suggestions.partyThreshold());
		assertEquals(1, suggestions.suggestByPartyCount(Osgi.ADMIN), "a lower threshold reaches case 2 only");
	}

	@Test
	void theThresholdIsCheckedAndEditableOnlyWithTheRulesPermission() {
		assertThrows(AccessDeniedException.class,
				() -> suggestions.savePartyThreshold(20, Osgi.user(Role.DEPARTMENT_HEAD, "MS1")));
		assertThrows(ValidationException.class, () -> suggestions.savePartyThreshold(1, Osgi.ADMIN));
		assertEquals(defaultThreshold, suggestions.partyThreshold());
		assertEquals(20, suggestions.savePartyThreshold(20, Osgi.ADMIN));
		assertEquals(20, suggestions.partyThreshold());
	}

	private Integer parties(int sequence) {
		return register.find(number(sequence), Osgi.ADMIN).orElseThrow().partyCount();
	}

	private static String number(int sequence) {
		return CaseFiles.number(LocalDate.now().minusDays(10).getYear(), "民初", sequence);
	}

	/** An open case filed 10 days ago; {@code parties} null leaves the cell out (a file without the column). */
	private static String row(int sequence, String parties) {
		String filed = LocalDate.now().minusDays(10).toString();
		String line = String.join(",", number(sequence), "物业服务合同纠纷", "20001", "MS1", filed, "普通", "", "", "在审");
		return parties == null ? line : line + "," + parties;
	}

	private Path file(String name, String... lines) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, List.of(lines), StandardCharsets.UTF_8);
		return file;
	}
}
