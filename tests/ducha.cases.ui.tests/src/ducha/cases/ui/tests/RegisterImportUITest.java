package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.app.AppModel;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.ui.CasesViews;
import ducha.cases.ui.internal.RegisterPart;
import ducha.test.ui.ModalDialogs;
import ducha.test.ui.UiTesting;

/**
 * 导入 on the register, in the real workbench: a good case list is imported by the job and counted; a list with a
 * bad row is refused with the row listed as file:row:column in a dialog, and nothing is stored; of a workbook with
 * several sheets, the one the user chooses is imported.
 */
class RegisterImportUITest {

	private static final String HEADER = "案号,案由,承办人工号,承办部门,立案日期,审理程序,结案日期,结案方式,状态\n";

	@TempDir
	Path folder;

	@Test
	void aGoodCaseListIsImportedByTheJobAndTheRegisterCountsTheNewCase() throws Exception {
		Workbench bench = new Workbench();
		CaseRegister register = Workbench.service(CaseRegister.class);
		CaseRecord model = register.page(CaseQuery.ALL, null, 1, bench.principal).rows().get(0);
		long before = register.count(CaseQuery.ALL, bench.principal);
		int year = LocalDate.now().getYear();
		String caseNo = "（" + year + "）川0724民初" + (90_000 + System.nanoTime() % 9_000) + "号";
		Path file = folder.resolve("案件清单.csv");
		Files.writeString(file, HEADER + caseNo + ",民间借贷纠纷," + model.judgeNo() + "," + model.departmentCode() + ","
				+ LocalDate.now() + ",简易,,,在审\n", StandardCharsets.UTF_8);

		MPart part = bench.show(CasesViews.REGISTER_PART_ID);
		RegisterPart view = (RegisterPart) part.getObject();
		view.importer().run(file);
		Label outcome = Workbench.named(part, "register.importOutcome", Label.class);
		bench.waitUntil("the import's outcome", () -> !view.importer().busy());
		assertTrue(outcome.getText().startsWith("已导入"), outcome.getText());
		assertEquals(before + 1, register.count(CaseQuery.ALL, bench.principal));
		assertTrue(register.find(caseNo, bench.principal).isPresent());
		bench.settle();
		bench.screenshot("cases-register-imported");
	}

	@Test
	void aListWithABadDateIsRefusedWithTheRowShownAndNothingStored() throws Exception {
		Workbench bench = new Workbench();
		CaseRegister register = Workbench.service(CaseRegister.class);
		CaseRecord model = register.page(CaseQuery.ALL, null, 1, bench.principal).rows().get(0);
		long before = register.count(CaseQuery.ALL, bench.principal);
		int year = LocalDate.now().getYear();
		Path file = folder.resolve("有错的清单.csv");
		Files.writeString(file, HEADER
				+ "（" + year + "）川0724民初98001号,买卖合同纠纷," + model.judgeNo() + "," + model.departmentCode() + ","
				+ LocalDate.now() + ",简易,,,在审\n"
				+ "（" + year + "）川0724民初98002号,买卖合同纠纷," + model.judgeNo() + "," + model.departmentCode()
				+ ",2024-13-45,简易,,,在审\n", StandardCharsets.UTF_8);

		MPart part = bench.show(CasesViews.REGISTER_PART_ID);
		RegisterPart view = (RegisterPart) part.getObject();
		AtomicReference<String> listed = new AtomicReference<>();
		closeProblemsDialogWhenShown(bench, listed);
		view.importer().run(file);
		bench.waitUntil("the problems dialog", () -> listed.get() != null);
		assertTrue(listed.get().contains("有错的清单.csv:3:立案日期"), listed.get());
		Label outcome = Workbench.named(part, "register.importOutcome", Label.class);
		assertTrue(outcome.getText().contains("未保存"), outcome.getText());
		assertEquals(before, register.count(CaseQuery.ALL, bench.principal), "all rows or none");
	}

	@Test
	void ofAWorkbookWithSeveralSheetsTheSheetTheUserChoosesIsImported() throws Exception {
		Workbench bench = new Workbench();
		CaseRegister register = Workbench.service(CaseRegister.class);
		CaseRecord model = register.page(CaseQuery.ALL, null, 1, bench.principal).rows().get(0);
		int year = LocalDate.now().getYear();
		String january = "（" + year + "）川0724民初" + (80_000 + System.nanoTime() % 9_000) + "号";
		String february = "（" + year + "）川0724民初" + (70_000 + System.nanoTime() % 9_000) + "号";
		Path file = folder.resolve("两个月.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			for (String[] month : new String[][] { { "一月", january }, { "二月", february } }) {
				Sheet sheet = workbook.createSheet(month[0]);
				String[][] rows = { HEADER.strip().split(","), { month[1], "民间借贷纠纷", model.judgeNo(),
						model.departmentCode(), LocalDate.now().toString(), "简易", "", "", "在审" } };
				for (int r = 0; r < rows.length; r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < rows[r].length; c++) {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			workbook.write(out);
		}

		MPart part = bench.show(CasesViews.REGISTER_PART_ID);
		RegisterPart view = (RegisterPart) part.getObject();
		AtomicReference<String[]> offered = new AtomicReference<>();
		ModalDialogs.onDialog(bench.display, "选择工作表", dialog -> {
			Combo sheets = UiTesting.named(dialog, AppModel.WIDGET_KEY, "import.sheet", Combo.class);
			offered.set(sheets.getItems());
			sheets.select(1);
			UiTesting.click(UiTesting.button(dialog, "确定"));
		});
		view.importer().run(file);
		bench.waitUntil("the sheet chosen and imported",
				() -> offered.get() != null && !view.importer().busy() && register.find(february, bench.principal).isPresent());

		assertEquals(List.of("一月", "二月"), List.of(offered.get()));
		assertTrue(register.find(january, bench.principal).isEmpty(), "the other sheet is not read");
		Label outcome = Workbench.named(part, "register.importOutcome", Label.class);
		assertTrue(outcome.getText().startsWith("已导入"), outcome.getText());
	}

	/** The dialog is modal: a timer inside its event loop reads the listed problems and closes it. */
	private static void closeProblemsDialogWhenShown(Workbench bench, AtomicReference<String> listed) {
		Runnable check = new Runnable() {
			private int shownTicks;

			@Override
			public void run() {
				for (Shell shell : bench.display.getShells()) {
					Text problems = find(shell, "import.problems");
					// let the dialog be drawn for half a second before the screenshot
					if (problems != null && shell.isVisible() && ++shownTicks > 5) {
						listed.set(problems.getText());
						try {
							bench.screenshot("cases-import-problems");
						} catch (Exception e) {
							throw new IllegalStateException("the screenshot failed", e);
						} finally {
							shell.close();
						}
						return;
					}
				}
				bench.display.timerExec(100, this);
			}
		};
		bench.display.timerExec(100, check);
	}

	private static Text find(Control root, String name) {
		if (root instanceof Text text && name.equals(root.getData(AppModel.WIDGET_KEY))) {
			return text;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = find(child, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
