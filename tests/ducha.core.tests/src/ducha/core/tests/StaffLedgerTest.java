package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Role;

class StaffLedgerTest {

	private static final String HEADER = "工号,姓名,部门,职务,入职日期,在职状态\n";

	@TempDir
	Path dir;

	private final LedgerService ledgers = Osgi.service(LedgerService.class);
	private final DirectoryService directory = Osgi.service(DirectoryService.class);
	private final AuditLog audit = Osgi.service(AuditLog.class);

	@BeforeEach
	void twoDepartments() {
		Osgi.resetCoreTables();
		Fixtures.twoDepartments(directory);
	}

	@Test
	void oneBadRowRejectsTheWholeFileNamingFileRowAndColumn() throws IOException {
		Path file = csv("干警名册.csv", HEADER //
				+ "20101,孙丽,民事审判第一庭,书记员,2020-03-01,在职\n" // row 2: fine
				+ "20102,钱进,不存在的庭,审判员,2018/5/6,在职\n"); // row 3: unknown department

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("staff", file, Fixtures.ADMIN));

		assertEquals(1, e.ledgerProblems().size(), e.getMessage());
		LedgerProblem problem = e.ledgerProblems().get(0);
		assertEquals("干警名册.csv", problem.file());
		assertEquals(3, problem.row());
		assertEquals("部门", problem.column());
		assertTrue(problem.toString().startsWith("干警名册.csv:3:部门: "), problem.toString());
		assertEquals(3, directory.staffCount(), "the good row 2 must not be stored either");
		assertTrue(directory.staff("20101").isEmpty());
	}

	@Test
	void everyProblemOfTheFileIsReportedAtOnce() throws IOException {
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		Path file = csv("staff.csv", HEADER //
				+ "20101,孙丽,MS1,书记员,2020年3月1日,在职\n" // 2: fine (code instead of name, Chinese date)
				+ "20101,钱进,MS1,审判员,2018-05-06,在职\n" // 3: duplicate 工号
				+ "20103,周涛,MS1,审判员," + tomorrow + ",在职\n" // 4: future date
				+ "20104,吴静,MS1,审判员,2018-02-30,在职\n" // 5: no such day
				+ "20105,郑凯,MS1,审判员,2018-02-03,休假\n" // 6: unknown status
				+ "20106,,MS1,审判员,2018-02-03,在职\n"); // 7: missing name

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("staff", file, Fixtures.ADMIN));

		List<String> where = e.ledgerProblems().stream().map(p -> p.row() + ":" + p.column()).toList();
		assertEquals(List.of("3:工号", "4:入职日期", "5:入职日期", "6:在职状态", "7:姓名"), where, e.getMessage());
		assertTrue(e.ledgerProblems().get(0).reason().contains("第 2 行"), e.ledgerProblems().get(0).reason());
		assertEquals(3, directory.staffCount());
	}

	@Test
	void aGoodFileUpsertsByStaffNumberInOneGoAndIsAudited() throws IOException {
		Path file = csv("staff.csv", HEADER //
				+ "20001,李明,刑事审判庭,副庭长,2012/9/1,在职\n" // existing: moves department, new post
				+ "20101,孙丽,MS1,书记员,2020-03-01,\n" // new, status defaults to 在职
				+ "\n" // blank lines are skipped
				+ "20102,钱进,民事审判第一庭,审判员,2018年5月6日,借调\n"); // new

		LedgerImportResult result = ledgers.importFile("staff", file, Fixtures.ADMIN);

		assertEquals(3, result.rows());
		assertEquals(2, result.inserted());
		assertEquals(1, result.updated());
		Staff moved = directory.staff("20001").orElseThrow();
		assertEquals("XST", moved.departmentCode());
		assertEquals("副庭长", moved.position());
		assertEquals(EmploymentStatus.ACTIVE, directory.staff("20101").orElseThrow().status());
		assertEquals(LocalDate.of(2018, 5, 6), directory.staff("20102").orElseThrow().hireDate());
		assertEquals(EmploymentStatus.SECONDED, directory.staff("20102").orElseThrow().status());

		AuditEntry entry = audit.find(new AuditQuery(null, "staff.import", null, null, null, null, 5), Fixtures.ADMIN)
				.get(0);
		assertEquals("staff.csv：新增 2 条，更新 1 条", entry.detail());
	}

	@Test
	void importingTheSameFileTwiceChangesNothingTheSecondTime() throws IOException {
		Path file = csv("staff.csv", HEADER + "20101,孙丽,MS1,书记员,2020-03-01,在职\n");
		ledgers.importFile("staff", file, Fixtures.ADMIN);
		LedgerImportResult again = ledgers.importFile("staff", file, Fixtures.ADMIN);
		assertEquals(0, again.inserted());
		assertEquals(1, again.updated());
		assertEquals(4, directory.staffCount());
	}

	@Test
	void theLedgerSaysBeforehandWhoMayImportItAsItsImportDecides() {
		LedgerKind staff = ledgers.kind("staff").orElseThrow();
		assertTrue(staff.mayImport(Fixtures.ADMIN));
		assertTrue(staff.mayImport(Fixtures.user("director", Role.OFFICE_DIRECTOR)));
		assertFalse(staff.mayImport(Fixtures.user("head", Role.DEPARTMENT_HEAD, "MS1")),
				"a department head reads the directory but may not import it");
	}

	@Test
	void aDepartmentHeadCannotImportStaff() throws IOException {
		Path file = csv("staff.csv", HEADER + "20101,孙丽,MS1,书记员,2020-03-01,在职\n");
		assertThrows(AccessDeniedException.class,
				() -> ledgers.importFile("staff", file, Fixtures.user("head", Role.DEPARTMENT_HEAD, "MS1")));
		assertTrue(directory.staff("20101").isEmpty());
	}

	@Test
	void anExportHoldsWhatTheReaderMaySee() throws IOException {
		Path out = dir.resolve("ms1.csv");
		int rows = ledgers.exportFile("staff", out, Fixtures.user("head", Role.DEPARTMENT_HEAD, "MS1"));
		assertEquals(2, rows);
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertEquals("20001,李明,民事审判第一庭,审判员,2015-07-01,在职", lines.get(1));
		assertEquals(directory.staff(new StaffQuery("MS1", null, null), Fixtures.ADMIN).size(), lines.size() - 1);
	}

	@Test
	void aFormulaInANameIsNeutralisedInCsvKeptAsTextInXlsxAndReadBackUnchanged() throws IOException, InvalidFormatException {
		String formula = "=HYPERLINK(\"http://x/\",\"点击\")";
		Path file = csv("staff.csv", HEADER + "20101,\"" + formula.replace("\"", "\"\"")
				+ "\",MS1,书记员,2020-03-01,在职\n");
		ledgers.importFile("staff", file, Fixtures.ADMIN);
		assertEquals(formula, directory.staff("20101").orElseThrow().name());

		Path csv = dir.resolve("out.csv");
		ledgers.exportFile("staff", csv, Fixtures.ADMIN);
		String written = Files.readString(csv, StandardCharsets.UTF_8);
		assertTrue(written.contains("20101,\"'=HYPERLINK("), written);
		assertFalse(written.contains(",=HYPERLINK("), "a spreadsheet would run the formula: " + written);

		Path xlsx = dir.resolve("out.xlsx");
		ledgers.exportFile("staff", xlsx, Fixtures.ADMIN);
		try (Workbook book = new XSSFWorkbook(xlsx.toFile())) {
			Cell name = null;
			for (Row row : book.getSheetAt(0)) {
				if ("20101".equals(row.getCell(0).getStringCellValue())) {
					name = row.getCell(1);
				}
			}
			assertEquals(CellType.STRING, name.getCellType());
			assertEquals(formula, name.getStringCellValue());
		}

		ledgers.importFile("staff", csv, Fixtures.ADMIN);
		assertEquals(formula, directory.staff("20101").orElseThrow().name(), "the apostrophe is not part of the name");
	}

	private Path csv(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}
}
