package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;

/**
 * The case register's import on the platform's streaming reader: an XLSX file streams like a CSV, with progress and
 * cancel, whether it comes through the register or the generic ledger service; a cancelled or rejected file stores
 * nothing.
 */
class CaseImportStreamingTest {

	private static final int ROWS = 2500;

	@TempDir
	Path dir;

	private CaseRegister register;

	@BeforeEach
	void cleanCourt() {
		Osgi.resetCourt();
		register = Osgi.service(CaseRegister.class);
	}

	@Test
	void anXlsxImportReportsTheShareReadAndTheRowsSoFarAndStoresEveryCase() throws IOException {
		Path file = xlsx("案件清单.xlsx", ROWS, null);
		RecordingMonitor monitor = new RecordingMonitor();

		LedgerImportResult result = register.importFile(file, Osgi.ADMIN, monitor);

		assertEquals(ROWS, result.inserted());
		assertEquals(ROWS, register.count(CaseQuery.ALL, Osgi.ADMIN));
		assertEquals(List.of("已读 1,000 行", "已读 2,000 行"), monitor.subTasks);
		assertTrue(monitor.worked > 0, "progress by the share of the sheet read");
	}

	@Test
	void anXlsxImportCancelledWhileStreamingStoresNothing() throws IOException {
		Path file = xlsx("案件清单.xlsx", ROWS, null);
		RecordingMonitor monitor = new RecordingMonitor();
		monitor.cancelOnSubTask = true; // cancelled after the first 1,000 rows went to the database

		assertThrows(OperationCanceledException.class, () -> register.importFile(file, Osgi.ADMIN, monitor));

		assertEquals(0, register.count(CaseQuery.ALL, Osgi.ADMIN));
	}

	@Test
	void aCsvImportCancelledBeforeItsLastRowWasCommittedStoresNothing() throws IOException {
		Path file = new CaseFiles().open("民初", 1, "20001", "MS1", "简易", 10).write(dir, "短.csv");
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);

		assertThrows(OperationCanceledException.class, () -> register.importFile(file, Osgi.ADMIN, monitor));

		assertEquals(0, register.count(CaseQuery.ALL, Osgi.ADMIN));
	}

	@Test
	void aLedgerImportOfKindCasesStreamsThroughTheRegisterWithItsProgress() throws IOException {
		Path file = xlsx("台账.xlsx", ROWS, null);
		RecordingMonitor monitor = new RecordingMonitor();

		LedgerImportResult result = Osgi.service(LedgerService.class).importFile("cases", file, Osgi.ADMIN, monitor);

		assertEquals(ROWS, result.inserted());
		assertEquals(2, monitor.subTasks.size());
	}

	@Test
	void anXlsxRowWithAnUnknownJudgeIsRefusedAsFileRowColumnAndNothingIsStored() throws IOException {
		Path file = xlsx("有错.xlsx", 5, "29999");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> register.importFile(file, Osgi.ADMIN, null));

		List<String> problems = e.ledgerProblems().stream().map(LedgerProblem::toString).toList();
		assertEquals(List.of("有错.xlsx:6:承办人工号: 干警名册中没有工号为“29999”的干警"), problems);
		assertEquals(0, register.count(CaseQuery.ALL, Osgi.ADMIN));
	}

	/**
	 * A case list as Excel holds it: 立案日期 a real date cell, the last row's judge replaced when {@code lastJudge} is
	 * given.
	 */
	private Path xlsx(String name, int rows, String lastJudge) throws IOException {
		Path file = dir.resolve(name);
		LocalDate filed = LocalDate.now().minusDays(10);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			String[] headers = CaseFiles.HEADER.split(",");
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			var date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(CaseFiles.number(filed.getYear(), "民初", r));
				row.createCell(1).setCellValue("民间借贷纠纷");
				row.createCell(2).setCellValue(r == rows && lastJudge != null ? lastJudge : "20001");
				row.createCell(3).setCellValue("民事审判第一庭");
				row.createCell(4).setCellValue(filed);
				row.getCell(4).setCellStyle(date);
				row.createCell(5).setCellValue("简易");
				row.createCell(8).setCellValue("在审");
			}
			workbook.write(out);
		}
		return file;
	}

	private static final class RecordingMonitor extends NullProgressMonitor {
		final List<String> subTasks = new ArrayList<>();
		double worked;
		boolean cancelOnSubTask;

		@Override
		public void worked(int work) {
			worked += work;
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
		}

		@Override
		public void subTask(String name) {
			subTasks.add(name);
			if (cancelOnSubTask) {
				setCanceled(true);
			}
		}
	}
}
