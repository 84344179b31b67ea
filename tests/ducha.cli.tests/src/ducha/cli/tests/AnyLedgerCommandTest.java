package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.ExitCodes;

/**
 * {@code ducha-cli ledger …} reaches every ledger kind, the plugins' included: a court brings its past years in
 * through it (here the study plugin's sessions, which have no command of their own).
 */
class AnyLedgerCommandTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
		Services.awaitCommands("study");
	}

	@Test
	void kindsListsThePlatformsAndThePluginsLedgers() {
		Cli.Result kinds = Cli.run("ledger", "kinds");

		assertEquals(ExitCodes.OK, kinds.exitCode(), kinds::toString);
		List<String> ids = kinds.out().lines().map(line -> line.split("\t")[0]).toList();
		assertTrue(ids.containsAll(List.of("staff", "departments", "study.sessions", "study.scores")), ids.toString());
	}

	@Test
	void aPluginsLedgerIsWrittenAsTemplateExportedAndImportedAllOrNothing() throws IOException {
		Path template = folder.resolve("学习记录.csv");
		Cli.Result written = Cli.run("ledger", "template", "study.sessions", template.toString());
		assertEquals(ExitCodes.OK, written.exitCode(), written::toString);
		String header = Files.readAllLines(template, StandardCharsets.UTF_8).get(0);
		assertTrue(header.contains("学习形式") && header.contains("参加人员工号"), header);

		Path before = folder.resolve("before.csv");
		assertEquals(ExitCodes.OK, Cli.run("ledger", "export", "study.sessions", before.toString()).exitCode());
		Path bad = folder.resolve("bad.csv");
		Files.writeString(bad, header + "\nXX2099-001,不存在的庭,2024-03-01,第一议题,学习党章,10001,2,\n",
				StandardCharsets.UTF_8);
		Cli.Result refused = Cli.run("ledger", "import", "study.sessions", bad.toString());
		Path after = folder.resolve("after.csv");
		assertEquals(ExitCodes.OK, Cli.run("ledger", "export", "study.sessions", after.toString()).exitCode());

		assertEquals(ExitCodes.REJECTED, refused.exitCode(), refused::toString);
		assertTrue(refused.err().contains("bad.csv:2:部门"), refused.err());
		assertEquals(Files.readString(before), Files.readString(after), "nothing stored");
	}

	@Test
	void aWorkbooksSheetIsChosenWithSheetAndItsTitleRowReported() throws IOException {
		Path exported = folder.resolve("departments.csv");
		assertEquals(ExitCodes.OK, Cli.run("ledger", "export", "departments", exported.toString()).exitCode());
		List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
		Path workbook = folder.resolve("部门.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
			book.createSheet("说明").createRow(0).createCell(0).setCellValue("部门类型填院领导、审判部门等");
			Sheet sheet = book.createSheet("部门2024");
			sheet.createRow(0).createCell(0).setCellValue("安州区人民法院部门名册");
			for (int i = 0; i < lines.size(); i++) {
				Row row = sheet.createRow(i + 1);
				String[] cells = lines.get(i).replace("\uFEFF", "").split(",", -1);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			book.write(out);
		}

		Cli.Result unchosen = Cli.run("ledger", "import", "departments", workbook.toString());
		Cli.Result chosen = Cli.run("ledger", "import", "departments", workbook.toString(), "--sheet", "部门2024");
		Cli.Result byKind = Cli.run("departments", "import", "--sheet", "部门2024", workbook.toString());

		assertEquals(ExitCodes.REJECTED, unchosen.exitCode(), unchosen::toString);
		assertTrue(unchosen.err().contains("说明、部门2024"), unchosen.err());
		assertEquals(ExitCodes.OK, chosen.exitCode(), chosen::toString);
		int departments = lines.size() - 1;
		assertTrue(chosen.out().contains("部门.xlsx：已导入 " + departments + " 行，新增 0 条，更新 " + departments + " 条"),
				chosen.out());
		assertTrue(chosen.out().contains("部门.xlsx:1: ") && chosen.out().contains("安州区人民法院部门名册"),
				chosen.out());
		assertEquals(ExitCodes.OK, byKind.exitCode(), byKind::toString);
	}

	@Test
	void anUnknownKindIsRefusedByName() {
		Cli.Result run = Cli.run("ledger", "export", "no.such-kind", folder.resolve("x.csv").toString());

		assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
		assertTrue(run.err().contains("no.such-kind"), run.err());
	}
}
