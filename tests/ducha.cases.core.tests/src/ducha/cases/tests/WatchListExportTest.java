package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseMarkingService;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.cases.MarkKind;
import ducha.cases.WatchList;
import ducha.cases.WatchListExport;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Role;

/** Watch lists written as XLSX and read back with POI. */
class WatchListExportTest {

	/** More long-pending cases than one page of the export holds, so that it must page. */
	private static final int CIVIL = 1040;
	private static final int CRIMINAL = 5;

	@TempDir
	Path dir;

	private WatchListExport export;
	private final Set<String> civilNumbers = new HashSet<>();

	@BeforeEach
	void courtWithMoreThanAPageOfLongPendingCases() throws Exception {
		Osgi.resetCourt();
		export = Osgi.service(WatchListExport.class);
		CaseFiles files = new CaseFiles();
		for (int i = 1; i <= CIVIL; i++) {
			files.open("民初", i, i % 2 == 0 ? "20002" : "20001", "MS1", "普通", 150 + i);
			civilNumbers.add(CaseFiles.number(LocalDate.now().minusDays(150 + i).getYear(), "民初", i));
		}
		for (int i = 1; i <= CRIMINAL; i++) {
			files.open("刑初", i, "20003", "XST", null, 100 + i);
		}
		files.open("刑初", 99, "20003", "XST", null, 10); // too young for the list
		Osgi.service(CaseRegister.class).importFile(files.write(dir, "cases.csv"), Osgi.ADMIN, null);
	}

	@Test
	void theLongPendingListIsWrittenPageByPageMostOverdueFirstWithChineseHeaders() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long written = export.writeXlsx(WatchList.LONG_PENDING, CaseQuery.ALL, LocalDate.now(), out, Osgi.ADMIN,
				null);
		assertEquals(CIVIL + CRIMINAL, written);
		List<List<String>> rows = read(out, "长期未结案件");
		assertEquals(List.of("案号", "案由", "承办人", "承办人工号", "承办部门", "立案日期", "审理程序", "状态", "已立案天数", "预警日期",
				"预警规则"), rows.get(0));
		assertEquals(CIVIL + CRIMINAL + 1, rows.size());
		Set<String> civilRows = new HashSet<>();
		String previousFlagDate = "";
		for (List<String> row : rows.subList(1, rows.size())) {
			double age = Double.parseDouble(row.get(8));
			assertTrue(row.get(9).compareTo(previousFlagDate) >= 0, "most overdue first: " + row);
			previousFlagDate = row.get(9);
			if (row.get(0).contains("民初")) {
				civilRows.add(row.get(0));
				// the day 80% of the 180-day limit was reached, the rule, and the share the case has really used
				assertEquals("日期:" + LocalDate.now().minusDays((long) age).plusDays(144), row.get(9));
				assertEquals(used("普通程序审限已用 80%", (long) age, 180), row.get(10));
				assertEquals("民事审判第一庭", row.get(4));
			}
		}
		assertEquals(civilNumbers, civilRows);
		assertEquals(List.of(CaseFiles.number(LocalDate.now().minusDays(150 + CIVIL).getYear(), "民初", CIVIL),
				"民间借贷纠纷", "王芳", "20002", "民事审判第一庭", "日期:" + LocalDate.now().minusDays(150 + CIVIL), "普通", "在审",
				String.valueOf((double) (150 + CIVIL)), "日期:" + LocalDate.now().minusDays(150 + CIVIL).plusDays(144),
				used("普通程序审限已用 80%", 150 + CIVIL, 180)), rows.get(1));
	}

	@Test
	void theExportFollowsTheFiltersAndTheReadersDepartments() throws IOException {
		ByteArrayOutputStream byDepartment = new ByteArrayOutputStream();
		export.writeXlsx(WatchList.LONG_PENDING, CaseQuery.ALL.withDepartment("XST"), LocalDate.now(), byDepartment,
				Osgi.ADMIN, null);
		List<List<String>> rows = read(byDepartment, "长期未结案件");
		assertEquals(CRIMINAL + 1, rows.size());
		assertTrue(rows.subList(1, rows.size()).stream()
				.allMatch(r -> r.get(2).equals("赵强") && r.get(4).equals("刑事审判庭") && r.get(10).startsWith("刑事一审审限已用 80%（实已用 ")));

		ByteArrayOutputStream scoped = new ByteArrayOutputStream();
		assertEquals(3, export.writeXlsx(WatchList.LONG_PENDING, new CaseQuery(null, null, null, 103),
				LocalDate.now(), scoped, Osgi.user(Role.DEPARTMENT_HEAD, "XST"), null),
				"ages 103, 104, 105 of the head's department only");
		assertEquals(4, read(scoped, "长期未结案件").size());
		assertThrows(AccessDeniedException.class, () -> export.writeXlsx(WatchList.FOUR_KINDS, CaseQuery.ALL,
				LocalDate.now(), new ByteArrayOutputStream(), Osgi.user(Role.STAFF), null));
	}

	@Test
	void markedListsCarryTheKindsReasonsAndWhoMarked() throws IOException {
		CaseMarkingService marking = Osgi.service(CaseMarkingService.class);
		String oldest = CaseFiles.number(LocalDate.now().minusDays(150 + CIVIL).getYear(), "民初", CIVIL);
		String criminal = CaseFiles.number(LocalDate.now().minusDays(101).getYear(), "刑初", 1);
		marking.mark(oldest, MarkKind.MASS_OR_PUBLIC, "同一小区业主系列案件", Osgi.ADMIN);
		marking.mark(oldest, MarkKind.MAJOR_SENSITIVE, "标的额巨大", Osgi.ADMIN);
		marking.mark(criminal, MarkKind.MAJOR, "致三人死亡，社会影响大", Osgi.ADMIN);

		ByteArrayOutputStream four = new ByteArrayOutputStream();
		assertEquals(1, export.writeXlsx(WatchList.FOUR_KINDS, CaseQuery.ALL, LocalDate.now(), four, Osgi.ADMIN,
				null));
		List<List<String>> rows = read(four, "四类案件");
		assertEquals(List.of("类别", "标记理由", "标记人"), rows.get(0).subList(9, 12));
		assertEquals(oldest, rows.get(1).get(0));
		assertEquals(List.of("群体性纠纷或社会关注；重大敏感、疑难复杂", "同一小区业主系列案件；标的额巨大", "tester；tester"),
				rows.get(1).subList(9, 12));

		ByteArrayOutputStream major = new ByteArrayOutputStream();
		export.writeXlsx(Set.of(MarkKind.MAJOR), CaseQuery.ALL, LocalDate.now(), major, Osgi.ADMIN, null);
		rows = read(major, "重大案件");
		assertEquals(2, rows.size());
		assertEquals(List.of(criminal, "赵强", "重大案件", "致三人死亡，社会影响大"),
				List.of(rows.get(1).get(0), rows.get(1).get(2), rows.get(1).get(9), rows.get(1).get(10)));
	}

	/**
	 * Every row of the only sheet, which must carry the name, as text (numbers as Java prints doubles, date cells
	 * as ISO days, prefixed 日期: so that a date written as text does not pass).
	 */
	private static List<List<String>> read(ByteArrayOutputStream out, String sheetName) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertEquals(1, workbook.getNumberOfSheets());
			Sheet sheet = workbook.getSheet(sheetName);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? ""
							: cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
									? "日期:" + cell.getLocalDateTimeCellValue().toLocalDate()
									: cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
											: cell.getStringCellValue());
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	private static String used(String label, long ageDays, int limitDays) {
		return label + "（实已用 " + ageDays * 100 / limitDays + "%）";
	}
}
