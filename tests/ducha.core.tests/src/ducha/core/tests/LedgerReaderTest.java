package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerReader;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowHandler;
import ducha.core.ledger.LedgerTable;
import ducha.core.ledger.LedgerValidationException;

/** The platform's streaming reader on its own: CSV in every encoding Excel writes, XLSX, progress and cancel. */
class LedgerReaderTest {

	private static final LedgerColumn NO = new LedgerColumn("no", "编号", true, "1", "");
	private static final LedgerColumn NAME = new LedgerColumn("name", "名称", true, "甲", "");
	private static final LedgerColumn DATE = new LedgerColumn("date", "日期", false, "", "");
	private static final List<LedgerColumn> COLUMNS = List.of(NO, NAME, DATE);

	@TempDir
	Path dir;

	private final LedgerReader reader = Osgi.service(LedgerReader.class);

	@Test
	void aLargeCsvStreamsEveryRowInOrderAndReportsTheShareReadAndTheRowsSoFar() throws IOException {
		StringBuilder text = new StringBuilder("编号,名称\n");
		for (int i = 1; i <= 3500; i++) {
			text.append(i).append(",名称").append(i).append('\n');
		}
		Path file = write("大台账.csv", text.toString().getBytes(StandardCharsets.UTF_8));
		RecordingMonitor monitor = new RecordingMonitor();
		Collector rows = new Collector();

		reader.read(file, COLUMNS, rows, monitor);

		assertEquals(3500, rows.rows.size());
		assertEquals(2, rows.rows.get(0).rowNumber()); // the header is row 1, as in Excel
		assertEquals("名称3500", rows.rows.get(3499).get("name"));
		assertEquals(List.of(NO, NAME), rows.header);
		assertEquals(List.of("已读 1,000 行", "已读 2,000 行", "已读 3,000 行"), monitor.subTasks);
		assertTrue(monitor.worked > 500 && monitor.worked <= 1000, "worked " + monitor.worked);
	}

	@Test
	void aCsvThatExcelSavedInGbkIsRecognised() throws IOException {
		Path file = write("gbk.csv", "编号,名称\n1,立案庭\n".getBytes(Charset.forName("GBK")));

		LedgerTable table = reader.readTable(file, COLUMNS, null);

		assertEquals("立案庭", table.rows().get(0).get("name"));
	}

	@Test
	void aCsvInNeitherUtf8NorGbkIsRefusedNamingTheRowWhereDecodingFailed() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("编号,名称\n1,立案庭\n2,".getBytes(Charset.forName("GBK")));
		bytes.writeBytes(new byte[] { (byte) 0xff, (byte) 0xff, '\n' }); // no GBK character starts with 0xff
		Path file = write("乱码.csv", bytes.toByteArray());

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> reader.readTable(file, COLUMNS, null));

		LedgerProblem problem = e.ledgerProblems().get(0);
		assertEquals("乱码.csv", problem.file());
		assertEquals(3, problem.row());
		assertTrue(problem.reason().contains("既不是 UTF-8 也不是 GBK"), problem.reason());
	}

	@Test
	void aValueUnderNoHeaderIsAProblemNamingFileAndRow() throws IOException {
		Path file = write("多余.csv", "编号,名称\n1,甲\n2,乙,多出的值\n".getBytes(StandardCharsets.UTF_8));

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> reader.readTable(file, COLUMNS, null));

		assertEquals(List.of("多余.csv:3: 第 3 列有内容“多出的值”，但该列没有表头"), e.problems());
	}

	@Test
	void anUnterminatedQuoteIsAProblemOfItsRow() throws IOException {
		Path file = write("引号.csv", "编号,名称\n1,甲\n2,\"乙\n".getBytes(StandardCharsets.UTF_8));

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> reader.readTable(file, COLUMNS, null));

		LedgerProblem problem = e.ledgerProblems().get(0);
		assertEquals(3, problem.row());
		assertTrue(problem.reason().startsWith("无法读取文件"), problem.reason());
	}

	@Test
	void xlsxIsStreamedWithGapsKeptDatesAsIsoAndWholeNumbersWithoutDecimals() throws IOException {
		Path file = xlsx("台账.xlsx", 3);

		LedgerTable table = reader.readTable(file, COLUMNS, null);

		assertEquals(3, table.rows().size());
		LedgerRow first = table.rows().get(0);
		assertEquals(2, first.rowNumber());
		assertEquals("1", first.get("no"));
		assertEquals(null, first.get("name")); // the empty cell between two filled ones
		assertEquals("2024-03-05", first.get("date"));
	}

	@Test
	void aCancelledReadStopsWithOperationCanceledForCsvAndXlsxAlike() throws IOException {
		Path csv = write("c.csv", "编号,名称\n1,甲\n".getBytes(StandardCharsets.UTF_8));
		Path xlsx = xlsx("x.xlsx", 2500);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> reader.read(csv, COLUMNS, new Collector(), cancelled));

		// cancelled while the sheet streams: no row after the next progress report reaches the handler
		RecordingMonitor cancelAtFirstReport = new RecordingMonitor();
		cancelAtFirstReport.cancelOnSubTask = true;
		Collector rows = new Collector();
		assertThrows(OperationCanceledException.class, () -> reader.read(xlsx, COLUMNS, rows, cancelAtFirstReport));
		assertEquals(LedgerReader.PROGRESS_EVERY, rows.rows.size());
	}

	@Test
	void aMissingFileIsAProblemOfTheFile() {
		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> reader.readTable(dir.resolve("没有.csv"), COLUMNS, null));
		assertEquals(0, e.ledgerProblems().get(0).row());
		assertEquals("没有.csv", e.ledgerProblems().get(0).file());
	}

	/** Rows 2.. hold 编号 as a number cell, an empty 名称 and 日期 as a real date cell. */
	private Path xlsx(String name, int rows) throws IOException {
		Path file = dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("编号");
			header.createCell(1).setCellValue("名称");
			header.createCell(2).setCellValue("日期");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(2).setCellValue(LocalDate.of(2024, 3, 5));
				row.getCell(2).setCellStyle(date);
			}
			workbook.write(out);
		}
		return file;
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	private static final class Collector implements LedgerRowHandler {
		final List<LedgerRow> rows = new ArrayList<>();
		final List<LedgerProblem> problems = new ArrayList<>();
		List<LedgerColumn> header;

		@Override
		public void header(List<LedgerColumn> columns) {
			header = columns;
		}

		@Override
		public void row(LedgerRow row) {
			rows.add(row);
		}

		@Override
		public void problem(LedgerProblem problem) {
			problems.add(problem);
		}
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
