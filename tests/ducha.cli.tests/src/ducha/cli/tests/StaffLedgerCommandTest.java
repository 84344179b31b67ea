package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.ExitCodes;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;

class StaffLedgerCommandTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void seed() {
		DemoCourt.ensureSeeded();
	}

	@Test
	void importWithOneBadRowNamesThatRowAndStoresNothing() throws IOException {
		DirectoryService directory = Services.get(DirectoryService.class);
		StaffLedger ledger = new StaffLedger();
		String goodNo = StaffLedger.newStaffNo();
		ledger.row(goodNo, "王好行", ledger.validDepartment())
				.row(StaffLedger.newStaffNo(), "李坏行", "不存在的部门")
				.row(StaffLedger.newStaffNo(), "赵好行", ledger.validDepartment());
		Path file = folder.resolve("staff-bad.csv");
		Files.writeString(file, ledger.csv(), StandardCharsets.UTF_8);
		long before = directory.staffCount();

		Cli.Result run = Cli.run("staff", "import", file.toString());

		assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
		assertTrue(run.err().contains("staff-bad.csv:3:" + ledger.departmentHeader()),
				"the bad row is named as file:row:column: " + run.err());
		assertFalse(run.err().contains("staff-bad.csv:2:"), "the good rows are not blamed: " + run.err());
		assertEquals(before, directory.staffCount(), "nothing stored");
		assertTrue(directory.staff(goodNo).isEmpty(), "not even the good row before the bad one");
	}

	@Test
	void aGbkEncodedLedgerIsImportedWithItsChineseNames() throws IOException {
		DirectoryService directory = Services.get(DirectoryService.class);
		StaffLedger ledger = new StaffLedger();
		String first = StaffLedger.newStaffNo();
		String second = StaffLedger.newStaffNo();
		ledger.row(first, "欧阳明", ledger.validDepartment()).row(second, "诸葛亮", ledger.validDepartment());
		Path file = folder.resolve("名册-gbk.csv");
		Files.write(file, ledger.csv().getBytes(Charset.forName("GBK")));
		long before = directory.staffCount();

		Cli.Result run = Cli.run("staff", "import", file.toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		assertEquals(before + 2, directory.staffCount());
		assertEquals("欧阳明", directory.staff(first).map(Staff::name).orElseThrow());
		assertEquals("诸葛亮", directory.staff(second).map(Staff::name).orElseThrow());
		assertTrue(run.out().contains("2"), "the counts are printed: " + run.out());
	}

	@Test
	void importOfAMissingFileIsRejected() {
		Cli.Result run = Cli.run("staff", "import", folder.resolve("nicht-da.csv").toString());

		assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
		assertTrue(run.err().contains("nicht-da.csv"), run.err());
	}

	@Test
	void templateWritesTheChineseHeaders() throws IOException {
		Path file = folder.resolve("staff-template.csv");

		Cli.Result run = Cli.run("staff", "template", file.toString());

		assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(StaffLedger.STAFF_NO) && text.contains(StaffLedger.NAME), text);
		for (LedgerColumn column : Services.get(LedgerService.class).kind("staff").orElseThrow().columns()) {
			assertTrue(text.contains(column.header()), column.header() + " missing in " + text);
		}
	}

	@Test
	void exportWritesCsvOrExcelByTheFileName() throws IOException {
		Staff someone = Services.get(DirectoryService.class).staff(StaffQuery.ALL, Principal.system("test"))
				.get(0);
		Path csv = folder.resolve("staff.csv");
		Path xlsx = folder.resolve("staff.xlsx");

		Cli.Result csvRun = Cli.run("staff", "export", csv.toString());
		// preemptive: a library that blocks (e.g. on logging set-up) fails the test instead of hanging the build
		Cli.Result xlsxRun = assertTimeoutPreemptively(Duration.ofSeconds(120),
				() -> Cli.run("staff", "export", xlsx.toString()));

		assertEquals(ExitCodes.OK, csvRun.exitCode(), csvRun::toString);
		assertEquals(ExitCodes.OK, xlsxRun.exitCode(), xlsxRun::toString);
		assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains(someone.staffNo()));
		byte[] excel = Files.readAllBytes(xlsx);
		assertTrue(excel.length > 4 && excel[0] == 'P' && excel[1] == 'K', "an XLSX is a zip file");
	}

	@Test
	void departmentsTemplateAndExportWork() throws IOException {
		Path template = folder.resolve("departments-template.csv");
		Path export = folder.resolve("departments.csv");

		Cli.Result templateRun = Cli.run("departments", "template", template.toString());
		Cli.Result exportRun = Cli.run("departments", "export", export.toString());

		assertEquals(ExitCodes.OK, templateRun.exitCode(), templateRun::toString);
		assertEquals(ExitCodes.OK, exportRun.exitCode(), exportRun::toString);
		String code = Services.get(DirectoryService.class).departments().get(0).code();
		assertTrue(Files.readString(export, StandardCharsets.UTF_8).contains(code));
	}
}
