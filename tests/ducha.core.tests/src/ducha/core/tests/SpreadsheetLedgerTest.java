package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerNotice;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.ledger.SheetNotChosenException;

/**
 * Ledgers as offices really keep them in Excel: a merged title row above the header, a 部门 cell merged down the rows
 * of its department, a 合计 row at the bottom, several sheets in one workbook. The title and 合计 rows are skipped and
 * reported, never refused; every problem still names the row as the spreadsheet shows it.
 */
class SpreadsheetLedgerTest {

	private static final String TITLE = "安州区人民法院干警名册（2024年12月）";
	private static final String[] STAFF_HEADERS = { "工号", "姓名", "部门", "职务", "入职日期", "在职状态" };

	@TempDir
	Path dir;

	private final LedgerService ledgers = Osgi.service(LedgerService.class);
	private final DirectoryService directory = Osgi.service(DirectoryService.class);

	@BeforeEach
	void departments() {
		Osgi.resetCoreTables();
		directory.saveDepartment(new Department("LAT", "立案庭", DepartmentKind.TRIAL, 10, true), Fixtures.ADMIN);
		directory.saveDepartment(new Department("ZXJ", "执行局", DepartmentKind.ENFORCEMENT, 20, true), Fixtures.ADMIN);
	}

	@Test
	void anOfficeWorkbookWithTitleMergedDepartmentAndTotalRowImportsWithNotices() throws IOException {
		Path file = workbook("干警.xlsx", workbook -> {
			Sheet sheet = workbook.createSheet("Sheet1");
			titleAndHeader(sheet);
			staffRow(sheet, 2, "40001", "周敏", "立案庭", "书记员", "");
			staffRow(sheet, 3, "40002", "李强", "", "法官助理", "2020-05-06");
			staffRow(sheet, 4, "40003", "王芳", "", "审判员", "");
			staffRow(sheet, 5, "40004", "赵磊", "执行局", "执行员", "");
			sheet.addMergedRegion(CellRangeAddress.valueOf("C3:C5")); // 立案庭 for rows 3 to 5
			sheet.addMergedRegion(CellRangeAddress.valueOf("D3:E3")); // 职务 written wide: no 入职日期 for row 3
			sheet.createRow(6).createCell(0).setCellValue("合计：4 人");
		});

		LedgerImportResult result = ledgers.importFile("staff", file, Fixtures.ADMIN);

		assertEquals(4, result.rows());
		assertEquals(4, result.inserted());
		assertEquals(List.of("LAT", "LAT", "LAT", "ZXJ"),
				List.of("40001", "40002", "40003", "40004").stream()
						.map(no -> directory.staff(no).orElseThrow().departmentCode()).toList());
		Staff first = directory.staff("40001").orElseThrow();
		assertEquals(null, first.hireDate(), "a cell merged across columns is one value, in its first column");
		assertEquals(List.of(1, 7), result.notices().stream().map(LedgerNotice::row).toList());
		assertTrue(result.notices().get(0).reason().contains(TITLE), result.notices().toString());
		assertTrue(result.notices().get(0).reason().contains("第 2 行"), result.notices().toString());
		assertTrue(result.notices().get(1).reason().contains("合计：4 人"), result.notices().toString());
	}

	@Test
	void problemsBelowATitleNameTheRowAsTheSpreadsheetShowsIt() throws IOException {
		Path file = workbook("干警.xlsx", workbook -> {
			Sheet sheet = workbook.createSheet();
			titleAndHeader(sheet);
			staffRow(sheet, 2, "40001", "周敏", "立案庭", "书记员", "");
			staffRow(sheet, 3, "40002", "李强", "", "法官助理", "2024-13-01");
			sheet.addMergedRegion(CellRangeAddress.valueOf("C3:C4"));
		});

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("staff", file, Fixtures.ADMIN));

		assertEquals(1, e.ledgerProblems().size(), e.ledgerProblems().toString());
		LedgerProblem problem = e.ledgerProblems().get(0);
		assertEquals(List.of("干警.xlsx", 4, "入职日期"), List.of(problem.file(), problem.row(), problem.column()));
		assertTrue(directory.staff("40001").isEmpty(), "nothing stored");
	}

	@Test
	void aCsvWithATitleRowAndATotalRowImportsItsDataRows() throws IOException {
		Path file = Files.writeString(dir.resolve("部门.csv"), """
				安州区人民法院部门名册,,,,
				,,,,
				编码,名称,类型,排序,状态
				SPG,审判管理办公室,审判管理,30,启用
				总 计,1,,,
				""", StandardCharsets.UTF_8);

		LedgerImportResult result = ledgers.importFile("departments", file, Fixtures.ADMIN);

		assertEquals(1, result.inserted());
		assertEquals("审判管理办公室", directory.department("SPG").orElseThrow().name());
		assertEquals(List.of(new LedgerNotice("部门.csv", 1, result.notices().get(0).reason()),
				new LedgerNotice("部门.csv", 5, result.notices().get(1).reason())), result.notices());
	}

	@Test
	void aRowThatOnlyLooksLikeNoHeaderIsStillRefusedAsTheHeader() throws IOException {
		Path file = Files.writeString(dir.resolve("bad.csv"), "代码,名字\nLAT,立案庭\n", StandardCharsets.UTF_8);

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("departments", file, Fixtures.ADMIN));

		assertEquals(List.of(1), e.ledgerProblems().stream().map(LedgerProblem::row).distinct().toList());
		assertTrue(e.ledgerProblems().stream().anyMatch(p -> "代码".equals(p.column())), e.getMessage());
	}

	@Test
	void theSheetNamedAsTheLedgerIsReadAmongOthers() throws IOException {
		Path file = workbook("名册.xlsx", workbook -> {
			workbook.createSheet("填表说明").createRow(0).createCell(0).setCellValue("部门填名称或编码");
			staffSheet(workbook, "干警名册", "40001", "周敏", "LAT", "书记员");
		});

		assertEquals(1, ledgers.importFile("staff", file, Fixtures.ADMIN).inserted());
		assertEquals("周敏", directory.staff("40001").orElseThrow().name());
	}

	@Test
	void anotherSheetIsChosenByNameAndNoneChosenIsRefusedNamingTheSheets() throws IOException {
		Path file = workbook("名册.xlsx", workbook -> {
			staffSheet(workbook, "一月", "40001", "周敏", "LAT", "书记员");
			staffSheet(workbook, "二月", "40002", "李强", "ZXJ", "执行员");
		});

		SheetNotChosenException none = assertThrows(SheetNotChosenException.class,
				() -> ledgers.importFile("staff", file, Fixtures.ADMIN));
		LedgerValidationException unknown = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("staff", file, "三月", Fixtures.ADMIN, null));
		LedgerImportResult chosen = ledgers.importFile("staff", file, "二月", Fixtures.ADMIN, null);

		assertTrue(none.getMessage().contains("一月、二月") && none.getMessage().contains("干警名册"), none.getMessage());
		assertEquals(List.of("一月", "二月"), none.sheets(), "for the workbench to offer");
		assertTrue(unknown.getMessage().contains("三月") && unknown.getMessage().contains("一月、二月"),
				unknown.getMessage());
		assertEquals(1, chosen.inserted());
		assertTrue(directory.staff("40001").isEmpty());
		assertEquals("李强", directory.staff("40002").orElseThrow().name());
	}

	@Test
	void ofSeveralSheetsTheOnlyOneWithCellsIsRead() throws IOException {
		Path file = workbook("名册.xlsx", workbook -> {
			staffSheet(workbook, "Sheet1", "40001", "周敏", "LAT", "书记员");
			workbook.createSheet("Sheet2");
			workbook.createSheet("Sheet3").createRow(4).createCell(2); // a styled but empty cell
		});

		assertEquals(1, ledgers.importFile("staff", file, Fixtures.ADMIN).inserted());
	}

	/** A sheet of the staff ledger holding the header and one row. */
	private static void staffSheet(XSSFWorkbook workbook, String name, String... row) {
		Sheet sheet = workbook.createSheet(name);
		header(sheet, 0);
		staffRow(sheet, 1, row);
	}

	private static void titleAndHeader(Sheet sheet) {
		sheet.createRow(0).createCell(0).setCellValue(TITLE);
		sheet.addMergedRegion(CellRangeAddress.valueOf("A1:F1"));
		header(sheet, 1);
	}

	private static void header(Sheet sheet, int index) {
		Row header = sheet.createRow(index);
		for (int i = 0; i < STAFF_HEADERS.length; i++) {
			header.createCell(i).setCellValue(STAFF_HEADERS[i]);
		}
	}

	private static void staffRow(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			if (!cells[i].isEmpty()) {
				row.createCell(i).setCellValue(cells[i]);
			}
		}
	}

	/** A workbook file in the test's folder holding what {@code sheets} adds to it. */
	private Path workbook(String name, Consumer<XSSFWorkbook> sheets) throws IOException {
		Path file = dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			sheets.accept(workbook);
			workbook.write(out);
		}
		return file;
	}
}
