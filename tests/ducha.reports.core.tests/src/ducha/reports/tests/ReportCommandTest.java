package ducha.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.DuchaCli;

class ReportCommandTest {

	private static FakePlugin inspections;

	record Result(int exitCode, String out, String err) {
	}

	@BeforeAll
	static void installOnePlugin() {
		inspections = Plugins.inspections().install();
	}

	@AfterAll
	static void removeIt() {
		inspections.close();
	}

	private static Result cli(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = new DuchaCli().run(args, new PrintWriter(out), new PrintWriter(err));
		return new Result(exit, out.toString(), err.toString());
	}

	@Test
	void csvGoesToStandardOutputInTheContractsShape() {
		Result result = cli("report", "--from", "2024-01-01", "--to", "2024-12-31", "--format", "csv");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("""
				section,key,value,label
				inspections,inspections.inspections,45,开展督察（次）
				inspections,inspections.bulletins,9,通报（期）
				""", result.out());
	}

	@Test
	void aPdfIsWrittenToTheNamedFile(@TempDir Path folder) throws IOException {
		Path pdf = folder.resolve("总结.pdf");

		Result result = cli("report", "--from", "2024-01-01", "--to", "2024-06-30", "--format", "pdf", "--out",
				pdf.toString());

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
	}

	@Test
	void binaryFormatsNeedAFileAndBadDatesAreNamed() {
		Result noFile = cli("report", "--from", "2024-01-01", "--to", "2024-12-31", "--format", "docx");
		Result badDate = cli("report", "--from", "2024-13-01", "--to", "2024-12-31");

		assertEquals(2, noFile.exitCode(), noFile::toString);
		assertTrue(noFile.err().contains("--out"), noFile::toString);
		assertEquals(2, badDate.exitCode(), badDate::toString);
		assertTrue(badDate.err().contains("2024-13-01"), badDate::toString);
	}
}
