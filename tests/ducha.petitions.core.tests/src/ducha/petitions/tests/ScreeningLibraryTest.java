package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.spi.ScreeningClueSource;
import ducha.petitions.Clue;
import ducha.petitions.ClueKind;
import ducha.petitions.ClueService;
import ducha.petitions.Petition;
import ducha.petitions.Reporter;
import ducha.petitions.ScreeningOutcome;

class ScreeningLibraryTest {

	@Test
	void theLibraryFillsFromARegisteredSourceOnceAndWithoutOneFromALedger(@TempDir Path folder) throws Exception {
		ClueService clues = Osgi.service(ClueService.class);
		Court.ensureSeeded();
		String judge = Court.judges(1).get(0);
		ScreeningClueSource cases = new ScreeningClueSource() {
			@Override
			public String source() {
				return "cases";
			}

			@Override
			public List<ScreeningClue> clues() {
				return List.of(new ScreeningClue("（2024）川0724民初77号", ScreeningClue.REVERSED, judge, "MS1",
						LocalDate.of(2024, 5, 6), "二审改判"));
			}
		};
		ServiceRegistration<ScreeningClueSource> registration = Osgi.register(ScreeningClueSource.class, cases);
		try {
			assertEquals(1, clues.refreshFromSources(Court.supervisor()));
			assertEquals(0, clues.refreshFromSources(Court.supervisor()), "a clue is taken once");
		} finally {
			registration.unregister();
		}
		Clue fed = clues.clues(Court.supervisor()).stream().filter(c -> c.source().equals("cases")).findFirst()
				.orElseThrow();
		assertEquals(ClueKind.REVERSED_OR_REMANDED, fed.kind());

		Path ledger = folder.resolve("clues.csv");
		Files.writeString(ledger, "案号,线索类型,承办人工号,承办部门,标记日期,情况说明\n"
				+ "（2024）川0724民初88号,再审案件," + judge + ",民事审判第一庭,2024-06-01,再审\n"
				+ "（2024）川0724执99号,不合格案件,,,2024/6/2,评查\n", StandardCharsets.UTF_8);
		LedgerImportResult result = Osgi.service(LedgerService.class).importFile("petition-clues", ledger,
				Court.supervisor());
		assertEquals(2, result.inserted());
		long before = clues.clues(Court.supervisor()).size();
		assertEquals(0, Osgi.service(LedgerService.class).importFile("petition-clues", ledger, Court.supervisor())
				.inserted(), "an imported clue keeps its screening result");

		Path bad = folder.resolve("bad.csv");
		Files.writeString(bad, "案号,线索类型,承办人工号,承办部门,标记日期\n" + "（2024）川0724民初1号,改发案件,,,2024-06-01\n"
				+ "（2024）川0724民初2号,好案件,99999,,明天\n", StandardCharsets.UTF_8);
		LedgerValidationException rejected = assertThrows(LedgerValidationException.class,
				() -> Osgi.service(LedgerService.class).importFile("petition-clues", bad, Court.supervisor()));
		assertEquals(3, rejected.ledgerProblems().size(), rejected::getMessage);
		assertTrue(rejected.getMessage().contains("bad.csv:3:线索类型"), rejected.getMessage());
		assertEquals(before, clues.clues(Court.supervisor()).size(), "nothing of a rejected file is stored");

		Petition petition = Court.register(Reporter.ANONYMOUS, LocalDate.now(), List.of(judge));
		Clue screened = clues.screen(fed.id(), fed.version(), ScreeningOutcome.MERGED, "与来信反映同一问题", petition.number(),
				LocalDate.now(), Court.supervisor());
		assertEquals(petition.number(), screened.petitionNumber());
		assertThrows(ducha.core.security.AccessDeniedException.class, () -> clues.screen(fed.id(),
				screened.version(), ScreeningOutcome.NO_ISSUE, "", null, LocalDate.now(), Court.leader()));
	}
}
