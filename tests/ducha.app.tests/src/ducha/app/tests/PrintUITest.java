package ducha.app.tests;

import static ducha.test.ui.UiTesting.waitUntil;
import static ducha.test.ui.UiTesting.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.app.AppModel;
import ducha.app.charts.ChartView;
import ducha.app.print.PageLayout;
import ducha.app.print.PrintBlock;
import ducha.app.print.PrintPreviewDialog;
import ducha.app.print.Printable;
import ducha.app.print.Printing;
import ducha.app.ui.ListTable;
import ducha.app.ui.PageTable;
import ducha.core.directory.DirectoryService;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.core.directory.StaffQuery;
import ducha.test.ui.MainWindow;
import ducha.test.ui.ModalDialogs;
import ducha.test.ui.UiTesting;

/**
 * 文件 → 打印预览… and 打印… on the active view: the preview opens from the menu for 干警名册 as filtered, prints
 * exactly the rows and columns shown, in the shown order, says 第 1 页 共 N 页 and pages; printing without a printer
 * says so in the view's status line; the navigator offers nothing to print.
 */
class PrintUITest {

	private final Display display = Display.getCurrent();

	@TempDir
	Path folder;

	@Test
	void thePreviewOfTheFilteredStaffListPrintsExactlyTheShownRowsAndPages() throws Exception {
		MPart part = MainWindow.show(display, AppModel.STAFF_PART_ID);
		Button reload = UiTesting.named(widget(part), AppModel.WIDGET_KEY, "staff.reload", Button.class);
		waitUntil(display, "干警名册 loaded", reload::isEnabled);
		NatTable table = UiTesting.find(widget(part), NatTable.class).orElseThrow();
		int everyone = UiTesting.service(DirectoryService.class).staff(StaffQuery.ALL, MainWindow.principal()).size();
		try {
			// unfiltered: 148 staff take several pages, and the preview pages through them
			waitUntil(display, "every staff member shown", () -> body(table).getRowCount() == everyone);
			List<String> seen = new ArrayList<>();
			PageLayout[] laid = new PageLayout[1];
			ModalDialogs.onDialog(display, "打印预览：干警名册", dialog -> {
				try {
					laid[0] = layoutOf(dialog);
					Label page = UiTesting.named(dialog, AppModel.WIDGET_KEY, "print.page", Label.class);
					Button previous = UiTesting.named(dialog, AppModel.WIDGET_KEY, "print.previous", Button.class);
					Button next = UiTesting.named(dialog, AppModel.WIDGET_KEY, "print.next", Button.class);
					seen.add(page.getText() + (previous.isEnabled() ? " ←" : ""));
					screenshot("print-preview-staff");
					UiTesting.click(next);
					seen.add(page.getText() + (previous.isEnabled() ? " ←" : ""));
					UiTesting.click(previous);
					seen.add(page.getText());
				} finally {
					dialog.close();
				}
			});
			MenuItem preview = fileMenuItem("打印预览");
			assertTrue(preview.isEnabled(), "干警名册 can be printed");
			preview.notifyListeners(SWT.Selection, new Event());
			waitUntil(display, "the preview closed", () -> seen.size() == 3);
			int pages = laid[0].pageCount();
			assertTrue(pages > 1, "148 staff take more than one page");
			assertEquals(List.of("第 1 页 共 " + pages + " 页", "第 2 页 共 " + pages + " 页 ←", "第 1 页 共 " + pages + " 页"),
					seen);
			assertEquals(shownCells(table), printedRows(laid[0]), "every shown row, once and in order");

			// filtered by the filter row: only the rows left are printed, under the same headers
			String surname = String.valueOf(body(table).getDataValueByPosition(1, 0)).substring(0, 1);
			table.doCommand(new UpdateDataCommand(table, 2, 1, surname));
			waitUntil(display, "the filtered table", () -> body(table).getRowCount() < everyone);
			List<List<String>> shown = shownCells(table);
			ModalDialogs.onDialog(display, "打印预览：干警名册", dialog -> {
				laid[0] = layoutOf(dialog);
				seen.add(UiTesting.named(dialog, AppModel.WIDGET_KEY, "print.page", Label.class).getText());
				dialog.close();
			});
			fileMenuItem("打印预览").notifyListeners(SWT.Selection, new Event());
			waitUntil(display, "the filtered preview closed", () -> seen.size() == 4);
			assertEquals("第 1 页 共 1 页", seen.get(3));
			PrintBlock.Table printed = (PrintBlock.Table) laid[0].printout().blocks().get(0);
			assertEquals(List.of("工号", "姓名", "部门", "职务", "入职日期", "在职状态", "督察角色"), printed.headers());
			assertEquals(shown, printed.rows(), "exactly the rows the filter left, in the shown order");
			assertEquals(shown, printedRows(laid[0]));
		} finally {
			table.doCommand(new UpdateDataCommand(table, 2, 1, null));
			UiTesting.click(reload);
			waitUntil(display, "干警名册 reloaded", reload::isEnabled);
		}
	}

	@Test
	void printingWithoutAPrinterSaysSoInTheViewsStatusLineFromTheMenuAndFromThePreview() throws Exception {
		MPart part = MainWindow.show(display, AppModel.STAFF_PART_ID);
		Button reload = UiTesting.named(widget(part), AppModel.WIDGET_KEY, "staff.reload", Button.class);
		waitUntil(display, "干警名册 loaded", reload::isEnabled);
		Label status = UiTesting.named(widget(part), AppModel.WIDGET_KEY, "staff.status", Label.class);
		Printing.printersFrom(() -> new PrinterData[0]);
		try {
			MenuItem print = fileMenuItem("打印(");
			assertTrue(print.isEnabled());
			print.notifyListeners(SWT.Selection, new Event());
			assertEquals("没有可用的打印机", status.getText());

			// 打印… in the preview closes it and prints, as the menu's 打印… does
			status.setText("");
			ModalDialogs.onDialog(display, "打印预览：干警名册", dialog -> UiTesting
					.click(UiTesting.named(dialog, AppModel.WIDGET_KEY, "print.print", Button.class)));
			fileMenuItem("打印预览").notifyListeners(SWT.Selection, new Event());
			assertEquals("没有可用的打印机", status.getText());
		} finally {
			Printing.printersFrom(null);
		}
	}

	/**
	 * Printing on a real SWT printer: GTK's 打印到文件 (there is no other printer under Xvfb) writes the pages as PDF,
	 * as many as the status line says.
	 */
	@Test
	void theStaffListPrintsItsPagesToGtksFilePrinter() throws Exception {
		PrinterData file = Arrays.stream(Printer.getPrinterList()).filter(p -> "GtkPrintBackendFile".equals(p.driver))
				.findFirst().orElse(null);
		assumeTrue(file != null, "GTK's file printer is installed");
		MPart part = MainWindow.show(display, AppModel.STAFF_PART_ID);
		Button reload = UiTesting.named(widget(part), AppModel.WIDGET_KEY, "staff.reload", Button.class);
		waitUntil(display, "干警名册 loaded", reload::isEnabled);
		Label status = UiTesting.named(widget(part), AppModel.WIDGET_KEY, "staff.status", Label.class);
		Path pdf = folder.resolve("干警名册.pdf");
		Printing.answerWith(dialog -> {
			file.printToFile = true;
			file.fileName = pdf.toString();
			file.orientation = PrinterData.PORTRAIT;
			return file;
		});
		try {
			fileMenuItem("打印(").notifyListeners(SWT.Selection, new Event());
		} finally {
			Printing.answerWith(null);
		}
		Matcher said = Pattern.compile("已将“干警名册”发送到打印机 .+，共 (\\d+) 页").matcher(status.getText());
		assertTrue(said.matches(), status.getText());
		int pages = Integer.parseInt(said.group(1));
		int everyone = UiTesting.service(DirectoryService.class).staff(StaffQuery.ALL, MainWindow.principal()).size();
		// 9 point text on A4 as in the preview (GTK's printers drew fonts at the screen's size: 95 rows a page)
		assertTrue(everyone / pages >= 20 && everyone / pages <= 60,
				"an A4 page holds 20 to 60 rows: " + everyone + " staff on " + pages + " pages");
		// GTK writes the file once its job ran in the event loop
		waitUntil(display, "the PDF written", () -> pdfPages(pdf) == pages);
		String screenshots = System.getProperty("ducha.screenshots");
		if (screenshots != null && !screenshots.isBlank()) {
			// for a person to look at, beside the screenshots
			Files.createDirectories(Path.of(screenshots));
			Files.copy(pdf, Path.of(screenshots, "print-staff.pdf"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static int pdfPages(Path pdf) {
		try {
			if (!Files.isRegularFile(pdf)) {
				return -1;
			}
			String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
			if (!text.stripTrailing().endsWith("%%EOF")) {
				// still being written
				return -1;
			}
			return (int) Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(text).results().count();
		} catch (IOException e) {
			return -1;
		}
	}

	@Test
	void theNavigatorHasNothingToPrint() throws Exception {
		EPartService parts = MainWindow.parts(display);
		parts.activate(parts.findPart(AppModel.NAVIGATOR_PART_ID));
		assertFalse(fileMenuItem("打印预览").isEnabled(), "the navigator lists views, not records");
		assertFalse(fileMenuItem("打印(").isEnabled());
	}

	@Test
	void theKitsListsOfferTheRowsAndColumnsTheyShow() throws Exception {
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout(SWT.VERTICAL));
			record Order(String number, String subject, String hidden) {
			}
			ListTable<Order> list = new ListTable<>(shell, "test.orders", false, Order.class,
					new ListTable.Column<Order>("编号", 60, Order::number),
					new ListTable.Column<Order>("隐藏", 0, Order::hidden),
					new ListTable.Column<Order>("事项", 120, Order::subject));
			list.show(List.of(new Order("00007", "督办一", "x"), new Order("00003", null, "y")), null);
			PageTable page = new PageTable(shell, new String[] { "案号", "承办人" }, new int[] { 100, 80 });
			page.show(List.of(new String[] { "(2026)民初1号", "王芳" }, new String[] { "(2026)民初2号", null }), 200);
			shell.open();

			PrintBlock.Table listed = (PrintBlock.Table) offered(list.control()).get(0);
			assertEquals(List.of("编号", "事项"), listed.headers(), "a column shrunk to nothing is not printed");
			assertEquals(List.of(List.of("00007", "督办一"), List.of("00003", "")), listed.rows(), "in the shown order");
			PrintBlock.Table paged = (PrintBlock.Table) offered(page.control()).get(0);
			assertEquals(List.of("案号", "承办人"), paged.headers());
			assertEquals(List.of(List.of("(2026)民初1号", "王芳"), List.of("(2026)民初2号", "")), paged.rows(),
					"the page shown");
		} finally {
			shell.dispose();
		}
	}

	private static List<PrintBlock> offered(Control control) {
		return assertInstanceOf(Printable.class, control.getData(Printable.KEY), "the list offers what it prints")
				.printBlocks();
	}

	@Test
	void aChartPrintsAsThePictureItShows() throws Exception {
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			shell.setSize(640, 360);
			ChartData data = new ChartData(ChartData.months(), List.of(new ChartData.Series("事项",
					IntStream.range(0, 12).mapToObj(i -> (long) (i % 4 + 1)).toList())));
			Chart chart = ChartView.create(shell, "按月督察事项", DashboardChart.Kind.MONTHLY_TREND, data);
			shell.open();
			shell.layout(true, true);
			UiTesting.settle(display);
			Printable offered = assertInstanceOf(Printable.class, chart.getData(Printable.KEY), "the chart prints");
			List<PrintBlock> blocks = offered.printBlocks();
			PrintBlock.Picture picture = assertInstanceOf(PrintBlock.Picture.class, blocks.get(0));
			assertEquals(chart.getSize().x, picture.image().width);
			assertEquals(chart.getSize().y, picture.image().height);
			assertTrue(colours(picture.image()) > 2, "the picture shows the chart, not a blank");
		} finally {
			shell.dispose();
		}
	}

	private static int colours(ImageData image) {
		Set<Integer> seen = new HashSet<>();
		for (int y = 0; y < image.height; y += 3) {
			for (int x = 0; x < image.width; x += 3) {
				seen.add(image.getPixel(x, y));
			}
		}
		return seen.size();
	}

	/** The item of the main window's 文件 menu whose text starts so, after the menu updated it as on opening. */
	private static MenuItem fileMenuItem(String start) {
		Shell window = (Shell) MainWindow.window().getWidget();
		Menu file = Arrays.stream(window.getMenuBar().getItems()).filter(i -> i.getText().startsWith("文件"))
				.findFirst().orElseThrow(() -> new AssertionError("no 文件 menu")).getMenu();
		file.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(file.getItems()).filter(i -> i.getText().startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + start + " in 文件 among "
						+ Arrays.stream(file.getItems()).map(MenuItem::getText).toList()));
	}

	private void screenshot(String name) {
		try {
			UiTesting.settle(display);
			UiTesting.screenshot(display, name);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static PageLayout layoutOf(Shell dialog) {
		return assertInstanceOf(PrintPreviewDialog.class, dialog.getData()).layout();
	}

	/** The rows of the printout's list, page after page, as printed. */
	private static List<List<String>> printedRows(PageLayout layout) {
		PrintBlock.Table table = (PrintBlock.Table) layout.printout().blocks().get(0);
		return IntStream.range(0, layout.pageCount()).boxed().flatMap(p -> layout.rowsOn(p, 0).stream())
				.map(table.rows()::get).toList();
	}

	/** The body below the viewport: every row, not just those scrolled into view; columns as shown. */
	private static ILayer body(NatTable table) {
		return ((ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer()).getScrollableLayer();
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
}
