package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.security.Role;
import ducha.study.MakeupRule;
import ducha.study.TestService;

/** {@code ducha-cli study import-scores|makeups|score-sheet|paper} run in-process against the test database. */
class StudyTestsCliTest {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();
	private Map<String, String> office;
	private Map<String, String> clerk;

	@BeforeEach
	void court() {
		StudyTables.reset();
		ExamCourt.create();
		ExamCourt.paperExam("2025Q4", LocalDate.of(2025, 12, 10), MakeupRule.CAPPED);
		office = StudyCliLogin.as("office", null, Role.OFFICE_DIRECTOR);
		clerk = StudyCliLogin.as("clerk", ExamCourt.WANG, Role.STAFF);
	}

	@Test
	void importedScoresGiveTheMakeupList() {
		Path file = Scores.csv(folder, "q4.csv", "工号,成绩,缺考", ExamCourt.LI + ",85,", ExamCourt.WANG + ",50,",
				ExamCourt.ZHAO + ",,是");
		assertEquals(ExitCodes.OK, run(office, "study", "import-scores", "--test", "2025Q4", file.toString()),
				err.toString());
		assertTrue(out.toString().contains("100%"), out.toString());
		assertTrue(out.toString().contains("3 行"), out.toString());

		assertEquals(ExitCodes.OK, run(office, "study", "makeups", "--test", "2025Q4"), err.toString());
		String list = out.toString();
		assertTrue(list.contains(ExamCourt.WANG + "\t王芳\t民事审判第一庭\t50"), list);
		assertTrue(list.contains(ExamCourt.ZHAO + "\t赵强\t刑事审判庭\t缺考"), list);
		assertTrue(!list.contains(ExamCourt.LI + "\t"), list);
		assertTrue(list.contains("2 人须补考"), list);
	}

	@Test
	void aBadRowIsNamedAndNothingIsImported() {
		Path file = Scores.csv(folder, "bad.csv", "工号,成绩", ExamCourt.LI + ",85", "99999,70");
		assertEquals(ExitCodes.REJECTED, run(office, "study", "import-scores", "--test", "2025Q4", file.toString()));
		assertTrue(err.toString().contains("bad.csv:3:工号"), err.toString());
		assertEquals(0, Osgi.service(TestService.class).results("2025Q4", ExamCourt.ADMIN).stream()
				.filter(r -> r.score() != null).count());
	}

	@Test
	void staffMayNotImportAndTheSheetIsWritten() throws Exception {
		Path file = Scores.csv(folder, "q4.csv", "工号,成绩", ExamCourt.LI + ",85");
		assertEquals(ExitCodes.NOT_PERMITTED,
				run(clerk, "study", "import-scores", "--test", "2025Q4", file.toString()));
		Path sheet = folder.resolve("sheet.xlsx");
		assertEquals(ExitCodes.OK, run(office, "study", "score-sheet", "--year", "2025", "--quarter", "4", "--out",
				sheet.toString()), err.toString());
		assertTrue(Files.size(sheet) > 0);
		assertTrue(out.toString().contains("3"), out.toString());
	}

	@Test
	void thePaperIsPrintedWithItsKeyAndTheHelpIsInTheDefaultChinese() {
		ExamCourt.examToday("2099Q9");
		assertEquals(ExitCodes.OK, run(office, "study", "paper", "--test", "2099Q9"), err.toString());
		String paper = out.toString();
		assertTrue(paper.contains("1. [单选题 2] 中央八项规定出台于哪一年？"), paper);
		assertTrue(paper.contains("总分 18，及格分 12，随机种子 7"), paper);
		assertTrue(paper.contains("参考答案："), paper);
		assertEquals(ExitCodes.NOT_PERMITTED, run(clerk, "study", "paper", "--test", "2099Q9"));

		assertEquals(ExitCodes.OK, run(office, "study", "--help"), err.toString());
		String help = out.toString();
		assertTrue(help.contains("导入一次检测的纸质考试成绩"), help);
		assertTrue(help.contains("列出一次检测须补考的人员"), help);
		assertTrue(help.contains("写出季度学习成绩表"), help);
	}

	private int run(Map<String, String> login, String... args) {
		out.getBuffer().setLength(0);
		err.getBuffer().setLength(0);
		return new DuchaCli(new ByteArrayInputStream(new byte[0]), login).run(args, new PrintWriter(out),
				new PrintWriter(err));
	}
}
