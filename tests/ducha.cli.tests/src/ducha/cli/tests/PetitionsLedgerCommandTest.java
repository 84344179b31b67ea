package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.ExitCodes;
import ducha.core.demo.DemoAccounts;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.StaffQuery;

/**
 * {@code ducha-cli ledger import petitions FILE}: the office director brings a past year's petitions in with every
 * plugin installed; nobody else may; the reporter named in the file never comes out of the command or an export.
 */
class PetitionsLedgerCommandTest {

	private static final String NAME = "司马远征";
	private static final String CONTACT = "13912345678";

	@TempDir
	Path folder;

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
		Services.awaitCommands("petitions");
	}

	@Test
	void theOfficeDirectorImportsAPastYearAndTheReporterStaysSealed() throws IOException {
		Path template = folder.resolve("信访举报台账.csv");
		assertEquals(ExitCodes.OK, director("ledger", "template", "petitions", template.toString()).exitCode());
		String header = Files.readAllLines(template, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
		assertTrue(header.contains("举报人姓名") && header.contains("联系方式") && header.contains("结案日期"), header);

		String judge = Services.get(DirectoryService.class).staff(StaffQuery.ALL, Services.TESTER).stream()
				.filter(s -> "审判员".equals(s.position())).findFirst().orElseThrow().staffNo();
		Path past = folder.resolve("2016.csv");
		Files.writeString(past, """
				编号,来源渠道,收件日期,举报人姓名,联系方式,被反映人工号,问题类别,内容摘要,状态,核查结论,认定日期,处置方式,处置日期,结案日期
				XF2016-031,来信,2016-03-01,%s,%s,%s,违反廉洁纪律,反映其接受当事人宴请,已结案,不实,2016-04-01,不予处理,2016-04-10,2016-04-20
				""".formatted(NAME, CONTACT, judge), StandardCharsets.UTF_8);

		Cli.Result staff = Cli.as(DemoAccounts.STAFF, DemoAccounts.PASSWORD, "", "ledger", "import", "petitions",
				past.toString());
		assertEquals(ExitCodes.NOT_PERMITTED, staff.exitCode(), staff::toString);

		Cli.Result imported = director("ledger", "import", "petitions", past.toString());
		assertEquals(ExitCodes.OK, imported.exitCode(), imported::toString);
		assertFalse((imported.out() + imported.err()).contains(NAME), imported::toString);

		Cli.Result again = director("ledger", "import", "petitions", past.toString());
		assertEquals(ExitCodes.REJECTED, again.exitCode(), again::toString);
		assertTrue(again.err().contains("2016.csv:2:编号"), again::toString);

		for (String file : List.of("petitions.csv", "petitions.xlsx")) {
			Path exported = folder.resolve(file);
			assertEquals(ExitCodes.OK, director("ledger", "export", "petitions", exported.toString()).exitCode());
			String text = text(exported);
			assertTrue(text.contains("XF2016-031"), file);
			assertFalse(text.contains(NAME) || text.contains(CONTACT), file);
		}
		String csv = Files.readString(folder.resolve("petitions.csv"), StandardCharsets.UTF_8);
		assertTrue(csv.contains("XF2016-031,来信,2016-03-01,受保护,,,"), csv);
	}

	/** A CSV file's text, or the text of every part of a workbook (a zip of XML files). */
	private static String text(Path file) throws IOException {
		if (!file.toString().endsWith(".xlsx")) {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return text.toString();
	}

	private static Cli.Result director(String... args) {
		return Cli.as(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD, "", args);
	}
}
