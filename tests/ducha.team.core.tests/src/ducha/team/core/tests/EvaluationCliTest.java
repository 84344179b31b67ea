package ducha.team.core.tests;

import static ducha.team.core.tests.EvaluationCourt.GAO;
import static ducha.team.core.tests.EvaluationCourt.LIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.security.Role;

/** {@code ducha-cli team archive|evaluate|bulletin|bonus} run in-process against the test database. */
class EvaluationCliTest extends WithTestDuties {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();
	private Map<String, String> director;
	private Map<String, String> lin;

	@BeforeEach
	void court() {
		director = EvaluationCliLogin.as("evaldirector", null, Role.OFFICE_DIRECTOR);
		lin = EvaluationCliLogin.as("evalsupervisor", LIN, Role.INTEGRITY_SUPERVISOR);
	}

	@Test
	void theDirectorGradesAndTheSupervisorReadsTheirOwnArchive() {
		assertEquals(ExitCodes.OK, run(director, "team", "evaluate", LIN, "--period", "2025", "--grade", "优秀",
				"--remarks", "全年履职突出"), err.toString());
		assertEquals(ExitCodes.OK, run(director, "team", "evaluate", LIN, "--period", "2025Q3", "--remarks", "积极"),
				err.toString());
		assertEquals(ExitCodes.REJECTED, run(director, "team", "evaluate", LIN, "--period", "2025", "--grade", "良好"));
		assertTrue(err.toString().contains("良好"), err.toString());
		assertEquals(ExitCodes.NOT_PERMITTED,
				run(lin, "team", "evaluate", LIN, "--period", "2025", "--grade", "优秀"));

		assertEquals(ExitCodes.OK, run(lin, "team", "archive", LIN, "--year", "2025"), err.toString());
		String archive = out.toString();
		assertTrue(archive.contains("林清（30001）民事审判第一庭 2025业绩档案"), archive);
		assertTrue(archive.contains("跟踪整改\t12"), archive);
		assertTrue(archive.contains("2025年\t优秀\t全年履职突出"), archive);
		assertTrue(archive.contains("加分：总评 5 + 履职 6.5 = 11.5"), archive);
		assertEquals(ExitCodes.NOT_PERMITTED, run(lin, "team", "archive", GAO, "--year", "2025"));
	}

	@Test
	void theBulletinAndTheBonusSheetAreWritten() throws Exception {
		Path docx = folder.resolve("q4.docx");
		assertEquals(ExitCodes.OK, run(director, "team", "bulletin", "--quarter", "2025Q4", "--date", "2026-01-10",
				"--out", docx.toString()), err.toString());
		assertTrue(out.toString().contains("2026年第"), out.toString());
		assertEquals("PK", new String(Files.readAllBytes(docx), 0, 2, StandardCharsets.ISO_8859_1));
		assertEquals(ExitCodes.REJECTED, run(director, "team", "bulletin", "--quarter", "2025H2", "--out",
				folder.resolve("x.pdf").toString()));
		assertEquals(ExitCodes.REJECTED, run(director, "team", "bulletin", "--quarter", "2025Q4", "--out",
				folder.resolve("x.txt").toString()));

		Path csv = folder.resolve("bonus.csv");
		assertEquals(ExitCodes.OK, run(director, "team", "bonus", "--year", "2025", "--out", csv.toString()),
				err.toString());
		assertTrue(Files.readString(csv).contains(GAO + ",高洁"), Files.readString(csv));
		assertTrue(out.toString().contains("3"), out.toString());
		assertEquals(ExitCodes.NOT_PERMITTED,
				run(lin, "team", "bonus", "--year", "2025", "--out", folder.resolve("b.xlsx").toString()));

		assertEquals(ExitCodes.OK, run(director, "team", "--help"), err.toString());
		assertTrue(out.toString().contains("写出年度廉政监察员加分表"), out.toString());
	}

	private int run(Map<String, String> login, String... args) {
		out.getBuffer().setLength(0);
		err.getBuffer().setLength(0);
		return new DuchaCli(new ByteArrayInputStream(new byte[0]), login).run(args, new PrintWriter(out),
				new PrintWriter(err));
	}
}
