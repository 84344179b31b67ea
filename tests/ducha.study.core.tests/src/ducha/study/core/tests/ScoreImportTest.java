package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.study.MakeupRule;
import ducha.study.TestResult;
import ducha.study.TestService;

/** The scores ledger: a good file is stored; a file with any bad row is refused whole, naming file:row:column. */
class ScoreImportTest {

	@TempDir
	Path folder;

	private final TestService tests = Osgi.service(TestService.class);
	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ExamCourt.create();
		ExamCourt.paperExam("2025Q4", LocalDate.of(2025, 12, 10), MakeupRule.CAPPED);
		ExamCourt.paperExam("2025Q3", LocalDate.of(2025, 9, 10), MakeupRule.CAPPED);
	}

	@Test
	void badRowsAreRefusedByFileRowAndColumnAndNothingIsStored() {
		Path file = Scores.csv(folder, "成绩.csv", "工号,检测编号,成绩,缺考,考试日期",
				ExamCourt.LI + ",2025Q4,85,,2025-12-10", // good
				"99999,2025Q4,70,,", // unknown 工号
				ExamCourt.WANG + ",2024Q9,70,,", // unknown test
				ExamCourt.ZHAO + ",2025Q4,150,,", // above the total
				ExamCourt.QIAN + ",2025Q4,60,,2025-13-01", // no such date
				ExamCourt.WANG + ",2025Q4,60,,2025-12-01"); // before the test

		LedgerValidationException refused = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("study.scores", file, ExamCourt.ADMIN));
		List<String> where = refused.ledgerProblems().stream()
				.map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList();
		assertEquals(List.of("成绩.csv:3:工号", "成绩.csv:4:检测编号", "成绩.csv:5:成绩", "成绩.csv:6:考试日期",
				"成绩.csv:7:考试日期"), where, refused.getMessage());
		assertTrue(refused.ledgerProblems().get(1).reason().contains("2024Q9"), refused.getMessage());
		assertEquals(List.of(), scored("2025Q4"), "nothing stored");
	}

	@Test
	void aFileForOneTestMayLeaveTheTestOutAndMayNotNameAnother() {
		LedgerImportResult result = tests.importScores("2025Q4", Scores.csv(folder, "q4.csv", "工号,成绩",
				ExamCourt.LI + ",85", ExamCourt.WANG + ",59"), ExamCourt.ADMIN, null);
		assertEquals(2, result.inserted());
		assertEquals(List.of(ExamCourt.LI, ExamCourt.WANG), scored("2025Q4"));

		LedgerValidationException refused = assertThrows(LedgerValidationException.class,
				() -> tests.importScores("2025Q4", Scores.csv(folder, "mixed.csv", "工号,检测编号,成绩",
						ExamCourt.ZHAO + ",2025Q4,70", ExamCourt.ZHAO + ",2025Q3,70"), ExamCourt.ADMIN, null));
		assertEquals(List.of(new LedgerProblem("mixed.csv", 3, "检测编号", refused.ledgerProblems().get(0).reason())),
				refused.ledgerProblems());
		assertEquals(List.of(ExamCourt.LI, ExamCourt.WANG), scored("2025Q4"));
	}

	@Test
	void anAbsentCandidateHasNoScoreAndAScoreIsRequiredOtherwise() {
		LedgerValidationException refused = assertThrows(LedgerValidationException.class,
				() -> tests.importScores("2025Q4", Scores.csv(folder, "absent.csv", "工号,成绩,缺考",
						ExamCourt.LI + ",80,是", ExamCourt.WANG + ",,否"), ExamCourt.ADMIN, null));
		assertEquals(List.of("成绩", "成绩"), refused.ledgerProblems().stream().map(LedgerProblem::column).toList());
	}

	private List<String> scored(String code) {
		return tests.results(code, ExamCourt.ADMIN).stream().filter(r -> r.score() != null).map(TestResult::staffNo)
				.toList();
	}
}
