package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.ui.CasesViews;
import ducha.cases.ui.internal.RegisterPart;

/**
 * 导入 of an XLSX case list in the real workbench: the sheet streams through the platform's reader, so the job's
 * bar moves by the share of the sheet read, and 取消 stops it with nothing stored.
 */
class XlsxImportCancelUITest {

	/** Enough rows that the import is still running when the bar first moves. */
	private static final int ROWS = 60_000;

	@TempDir
	Path folder;

	@Test
	void anXlsxListShowsItsProgressAndIsCancelledWithNothingStored() throws Exception {
		Workbench bench = new Workbench();
		CaseRegister register = Workbench.service(CaseRegister.class);
		CaseRecord model = register.page(CaseQuery.ALL, null, 1, bench.principal).rows().get(0);
		long before = register.count(CaseQuery.ALL, bench.principal);
		Path file = caseList(folder.resolve("案件清单.xlsx"), model);

		MPart part = bench.show(CasesViews.REGISTER_PART_ID);
		RegisterPart view = (RegisterPart) part.getObject();
		ProgressBar bar = Workbench.named(part, "register.importProgress", ProgressBar.class);
		view.importer().run(file);
		bench.waitUntil("the bar showing the share of the sheet read", () -> bar.getSelection() > 0);
		Workbench.named(part, "register.importCancel", Button.class).notifyListeners(SWT.Selection, new Event());
		bench.waitUntil("the import's end", () -> !view.importer().busy());

		Label outcome = Workbench.named(part, "register.importOutcome", Label.class);
		assertTrue(outcome.getText().contains("已取消"), outcome.getText());
		assertEquals(before, register.count(CaseQuery.ALL, bench.principal), "a cancelled import stores nothing");
	}

	/** Open cases filed today by the model case's judge and department, numbered far above the demo court's. */
	private static Path caseList(Path file, CaseRecord model) throws Exception {
		LocalDate today = LocalDate.now();
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try (OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			String[] headers = { "案号", "案由", "承办人工号", "承办部门", "立案日期", "审理程序", "状态" };
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			for (int r = 1; r <= ROWS; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("（" + today.getYear() + "）川0724民初" + (500_000 + r) + "号");
				row.createCell(1).setCellValue("民间借贷纠纷");
				row.createCell(2).setCellValue(model.judgeNo());
				row.createCell(3).setCellValue(model.departmentCode());
				row.createCell(4).setCellValue(today.toString());
				row.createCell(5).setCellValue("简易");
				row.createCell(6).setCellValue("在审");
			}
			workbook.write(out);
		} finally {
			workbook.dispose();
			workbook.close();
		}
		return file;
	}
}
