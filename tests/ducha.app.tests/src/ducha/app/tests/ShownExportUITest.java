package ducha.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.app.AppModel;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/**
 * 导出所显示的行: a list's export writes what the list shows — the rows left by the filters, in the shown order, in
 * the visible columns under their shown headers — with dates as date cells in XLSX and ISO text in CSV. Files are
 * chosen through {@link FileDialogs#answerWith}, since the system's file dialog cannot be driven by SWT events.
 */
class ShownExportUITest {

	private static final List<String> STAFF_HEADERS = List.of("工号", "姓名", "部门", "职务", "入职日期", "在职状态",
			"督察角色");

	@TempDir
	Path folder;

	private final Display display = Display.getCurrent();
	private Shell shell;

	@AfterEach
	void cleanUp() {
		FileDialogs.answerWith(null);
		FileDialogs.openWith(null);
		if (shell != null) {
			shell.dispose();
		}
	}

	@Test
	void theStaffDirectoryFilteredByDepartmentAndNameExportsExactlyTheRowsAndColumnsShown() throws Exception {
		MPart part = MainWindow.show(display, AppModel.STAFF_PART_ID);
		Button reload = UiTesting.named(UiTesting.widget(part), AppModel.WIDGET_KEY, "staff.reload", Button.class);
		UiTesting.waitUntil(display, "干警名册 loaded", reload::isEnabled);
		NatTable table = UiTesting.find(UiTesting.widget(part), NatTable.class).orElseThrow();
		try {
			// a department with several staff, then a name filter in the filter row that leaves some of them
			DirectoryService directory = UiTesting.service(DirectoryService.class);
			List<Staff> everyone = directory.staff(StaffQuery.ALL, MainWindow.principal());
			Map<String, List<Staff>> byDepartment = everyone.stream()
					.collect(Collectors.groupingBy(Staff::departmentCode));
			Department department = directory.departments().stream()
					.filter(d -> byDepartment.getOrDefault(d.code(), List.of()).size() >= 3).findFirst()
					.orElseThrow();
			List<Staff> ofDepartment = byDepartment.get(department.code());
			String surname = ofDepartment.get(0).name().substring(0, 1);
			List<Staff> expected = ofDepartment.stream().filter(s -> s.name().contains(surname))
					.sorted(Comparator.comparing(Staff::staffNo)).toList();

			Tree tree = UiTesting.find(UiTesting.widget(part), Tree.class).orElseThrow();
			TreeItem item = departmentItem(tree, department.name());
			tree.setSelection(item);
			Event selected = new Event();
			selected.item = item;
			tree.notifyListeners(SWT.Selection, selected);
			// the filter row is the grid's second row; the 姓名 column is the third, after the row numbers
			table.doCommand(new UpdateDataCommand(table, 2, 1, surname));
			UiTesting.waitUntil(display, "the filtered table", () -> bodyRows(table) == expected.size());
			List<String> shownNos = new ArrayList<>();
			for (int row = 0; row < bodyRows(table); row++) {
				shownNos.add(String.valueOf(body(table).getDataValueByPosition(0, row)));
			}
			assertEquals(expected.stream().map(Staff::staffNo).toList(), shownNos, "the table shows the filtered staff");
			Label summary = UiTesting.named(UiTesting.widget(part), AppModel.WIDGET_KEY, "staff.summary", Label.class);
			assertEquals("共 " + everyone.size() + " 人，显示 " + expected.size() + " 人", summary.getText(),
					"the summary counts the rows the filter row left");

			Label status = UiTesting.named(UiTesting.widget(part), AppModel.WIDGET_KEY, "staff.status", Label.class);
			Button exportShown = UiTesting.named(UiTesting.widget(part), AppModel.WIDGET_KEY, "staff.exportShown",
					Button.class);
			assertEquals("导出所显示的行…", exportShown.getText());

			Path xlsx = folder.resolve("干警名册.xlsx");
			FileDialogs.answerWith(dialog -> xlsx.toString());
			UiTesting.click(exportShown);
			UiTesting.waitUntil(display, "the XLSX written", () -> status.getText().contains(xlsx.toString()));
			assertTrue(status.getText().startsWith("已将所显示的 " + expected.size() + " 行导出到"), status.getText());
			List<List<String>> cellsShown = shownCells(table);
			try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
				Sheet sheet = book.getSheetAt(0);
				assertEquals(STAFF_HEADERS, texts(sheet.getRow(0), STAFF_HEADERS.size()), "every visible column");
				assertEquals(expected.size(), sheet.getLastRowNum(), "exactly the rows shown");
				boolean sawDate = false;
				for (int r = 0; r < expected.size(); r++) {
					Row row = sheet.getRow(r + 1);
					List<String> shown = cellsShown.get(r);
					for (int c = 0; c < STAFF_HEADERS.size(); c++) {
						Cell cell = row.getCell(c);
						if (c == 4 && cell != null) {
							assertEquals(CellType.NUMERIC, cell.getCellType(), "入职日期 is a date cell");
							assertTrue(DateUtil.isCellDateFormatted(cell), "入职日期 is formatted as a date");
							assertEquals(shown.get(c), cell.getLocalDateTimeCellValue().toLocalDate().toString());
							assertEquals(expected.get(r).hireDate(), cell.getLocalDateTimeCellValue().toLocalDate());
							sawDate = true;
						} else {
							assertEquals(shown.get(c), cell == null ? "" : cell.getStringCellValue(),
									"row " + (r + 1) + ", " + STAFF_HEADERS.get(c));
						}
					}
				}
				assertTrue(sawDate, "some exported staff member has a 入职日期");
			}

			Path csv = folder.resolve("干警名册.csv");
			FileDialogs.answerWith(dialog -> csv.toString());
			UiTesting.click(exportShown);
			UiTesting.waitUntil(display, "the CSV written", () -> status.getText().contains(csv.toString()));
			try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
					CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
				List<CSVRecord> records = parser.getRecords();
				List<String> header = new ArrayList<>(records.get(0).toList());
				header.set(0, header.get(0).replace("\uFEFF", ""));
				assertEquals(STAFF_HEADERS, header);
				assertEquals(expected.size() + 1, records.size(), "exactly the rows shown");
				for (int r = 0; r < expected.size(); r++) {
					assertEquals(cellsShown.get(r), records.get(r + 1).toList());
					LocalDate hired = expected.get(r).hireDate();
					assertEquals(hired == null ? "" : hired.toString(), records.get(r + 1).get(4), "ISO date");
				}
			}

			// 文件 → 打开导出文件夹 opens the folder the file just went to in the system's file manager
			List<String> opened = new ArrayList<>();
			FileDialogs.openWith(opened::add);
			IEclipseContext window = MainWindow.window().getContext();
			EHandlerService handlers = window.get(EHandlerService.class);
			ParameterizedCommand openFolder = window.get(ECommandService.class)
					.createCommand("ducha.app.command.openexportfolder", null);
			assertTrue(handlers.canExecute(openFolder), "enabled after an export");
			handlers.executeHandler(openFolder);
			assertEquals(List.of(csv.getParent().toAbsolutePath().toString()), opened, "the export's folder");
		} finally {
			// the other tests of this workbench find 干警名册 as a user left it unfiltered
			table.doCommand(new UpdateDataCommand(table, 2, 1, null));
			UiTesting.click(reload);
			UiTesting.waitUntil(display, "干警名册 reloaded", reload::isEnabled);
		}
	}

	@Test
	void everyListOffersToExportTheRowsItShowsWithDatesAsDates() throws Exception {
		shell = new Shell(display);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		record Order(String number, LocalDate deadline, String subject) {
		}
		ListTable<Order> list = new ListTable<>(shell, "test.orders", false, Order.class,
				new Column<Order>("编号", 60, Order::number),
				new Column<Order>("期限", 90, o -> o.deadline().toString()),
				new Column<Order>("事项", 0, Order::subject),
				new Column<Order>("公式", 90, o -> "=1+1"));
		Label status = new Label(shell, SWT.NONE);
		list.exportTo(null, status, "督办");
		List<Order> orders = List.of(new Order("00007", LocalDate.of(2024, 3, 5), "隐藏"),
				new Order("00003", LocalDate.of(2025, 12, 31), "也隐藏"));
		list.show(orders, null);
		shell.open();

		Menu menu = list.control().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem export = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("导出所显示的行…"))
				.findFirst().orElseThrow(() -> new AssertionError("every list offers 导出所显示的行…"));
		assertTrue(export.getEnabled());
		Path xlsx = folder.resolve("orders.xlsx");
		List<String> proposed = new ArrayList<>();
		FileDialogs.answerWith(dialog -> {
			proposed.add(dialog.getFileName());
			return xlsx.toString();
		});
		export.notifyListeners(SWT.Selection, new Event());
		UiTesting.waitUntil(display, "the list written", () -> status.getText().contains(xlsx.toString()));
		assertEquals(List.of("督办.xlsx"), proposed, "the view's name is proposed");
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertEquals(List.of("编号", "期限", "公式"), texts(sheet.getRow(0), 4), "a column shrunk to nothing is not shown");
			assertEquals(2, sheet.getLastRowNum());
			assertEquals("00007", sheet.getRow(1).getCell(0).getStringCellValue(), "a number-like text keeps its zeros");
			assertEquals(LocalDate.of(2024, 3, 5), sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate());
			assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(1)));
			assertEquals("00003", sheet.getRow(2).getCell(0).getStringCellValue(), "in the shown order");
			assertEquals(CellType.STRING, sheet.getRow(2).getCell(2).getCellType(), "a formula-like text stays text");
		}
		Path csv = folder.resolve("orders.csv");
		FileDialogs.answerWith(dialog -> csv.toString());
		list.exportShown();
		UiTesting.waitUntil(display, "the CSV written", () -> status.getText().contains(csv.toString()));
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(List.of("\uFEFF编号,期限,公式", "00007,2024-03-05,'=1+1", "00003,2025-12-31,'=1+1"), lines);
		assertFalse(status.getText().startsWith("未办成"), status.getText());
	}

	@Test
	void aListReportsItsExportInTheStatusLineOfItsView() throws Exception {
		shell = new Shell(display);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		Composite view = new Composite(shell, SWT.NONE);
		view.setLayout(new FillLayout(SWT.VERTICAL));
		Label status = Forms.status(view, "test.status", 1);
		Composite box = new Composite(view, SWT.NONE);
		box.setLayout(new FillLayout());
		ListTable<String> list = new ListTable<>(box, "test.names", false, String.class,
				new Column<String>("姓名", 80, name -> name));
		list.show(List.of("王芳", "李明"), null);
		shell.open();
		Path csv = folder.resolve("names.csv");
		FileDialogs.answerWith(dialog -> csv.toString());
		list.exportShown();
		UiTesting.waitUntil(display, "the outcome in the view's status line",
				() -> status.getText().contains(csv.toString()));
		assertEquals("已将所显示的 2 行导出到 " + csv, status.getText());
		assertEquals(List.of("\uFEFF姓名", "王芳", "李明"), Files.readAllLines(csv, StandardCharsets.UTF_8));
	}

	private static TreeItem departmentItem(Tree tree, String name) {
		List<TreeItem> all = new ArrayList<>();
		collect(tree.getItems(), all);
		return all.stream().filter(i -> i.getText().startsWith(name + " (")).findFirst()
				.orElseThrow(() -> new AssertionError("no department " + name + " in the tree"));
	}

	private static void collect(TreeItem[] items, List<TreeItem> into) {
		for (TreeItem item : items) {
			into.add(item);
			collect(item.getItems(), into);
		}
	}

	/** The body below the viewport: every row, not just those scrolled into view; columns as shown. */
	private static ILayer body(NatTable table) {
		return ((ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer()).getScrollableLayer();
	}

	private static int bodyRows(NatTable table) {
		return body(table).getRowCount();
	}

	private static List<List<String>> shownCells(NatTable table) {
		ILayer body = body(table);
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r < body.getRowCount(); r++) {
			List<String> row = new ArrayList<>();
			for (int c = 0; c < body.getColumnCount(); c++) {
				Object value = body.getDataValueByPosition(c, r);
				row.add(value == null ? "" : value.toString());
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<String> texts(Row row, int columns) {
		Function<Integer, String> text = c -> row.getCell(c) == null ? null : row.getCell(c).getStringCellValue();
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			String t = text.apply(c);
			if (t != null) {
				texts.add(t);
			}
		}
		return texts;
	}
}
