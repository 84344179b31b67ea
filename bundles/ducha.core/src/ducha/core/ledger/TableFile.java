package ducha.core.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as a list shows it (its headers, its rows in the shown order) written to CSV or XLSX by the file's
 * extension, for "导出所显示的行" of the workbench's lists. Unlike a ledger file, whose cells are all text so that it
 * can be imported again, the cells keep their kind: a {@link LocalDate} is a date cell in XLSX (ISO text in CSV), a
 * {@link LocalDateTime} a date-time cell, a {@link Number} a number; anything else is text. CSV is UTF-8 with a BOM
 * (Excel opens the Chinese correctly) and its texts are {@link CsvCells#neutralise neutralised}.
 */
public final class TableFile {

	/** Rows kept in memory while writing XLSX; the rest streams to a temporary file. */
	private static final int WINDOW = 200;
	private static final int MAX_WIDTH_CHARS = 60;
	private static final int DATE_WIDTH_CHARS = 10;
	private static final int DATE_TIME_WIDTH_CHARS = 16;

	private TableFile() {
	}

	/**
	 * Writes the headers and then the rows; a row shorter than the headers leaves the rest empty.
	 *
	 * @return the number of rows written (without the header)
	 */
	public static int write(Path file, List<String> headers, List<? extends List<?>> rows) throws IOException {
		return write(file, "列表", headers, rows);
	}

	/**
	 * As {@link #write(Path, List, List)}, naming the XLSX sheet (a ledger file's is 台账; ledger rows are text
	 * only, so a ledger file stays text).
	 */
	public static int write(Path file, String sheetName, List<String> headers, List<? extends List<?>> rows)
			throws IOException {
		if (LedgerFormat.of(file) == LedgerFormat.XLSX) {
			writeXlsx(file, sheetName, headers, rows);
		} else {
			writeCsv(file, headers, rows);
		}
		return rows.size();
	}

	private static void writeCsv(Path file, List<String> headers, List<? extends List<?>> rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
				printer.printRecord(CsvCells.neutralise(headers));
				for (List<?> row : rows) {
					List<String> cells = new ArrayList<>(row.size());
					for (Object value : row) {
						cells.add(csvCell(value));
					}
					printer.printRecord(cells);
				}
			}
		}
	}

	/** Dates as ISO text (2024-03-05, 2024-03-05 14:30); numbers as they are; text neutralised. */
	private static String csvCell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDateTime time) {
			return time.toLocalDate() + " " + time.toLocalTime().withSecond(0).withNano(0);
		}
		if (value instanceof LocalDate || value instanceof Number) {
			return value.toString();
		}
		return CsvCells.neutralise(value.toString());
	}

	private static void writeXlsx(Path file, String sheetName, List<String> headers, List<? extends List<?>> rows)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try (OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet(sheetName);
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle timeStyle = workbook.createCellStyle();
			timeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			int[] widths = new int[headers.size()];
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(headerStyle);
				widths[c] = width(headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<?> values = rows.get(r);
				for (int c = 0; c < Math.min(values.size(), headers.size()); c++) {
					widths[c] = Math.max(widths[c], fill(row, c, values.get(c), dateStyle, timeStyle));
				}
			}
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH_CHARS) + 2) * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		} finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/** Sets the cell by the value's kind (nothing for null or empty text); returns the width it needs. */
	private static int fill(Row row, int column, Object value, CellStyle dateStyle, CellStyle timeStyle) {
		if (value == null || value.toString().isEmpty()) {
			return 0;
		}
		Cell cell = row.createCell(column);
		if (value instanceof LocalDateTime time) {
			cell.setCellValue(time);
			cell.setCellStyle(timeStyle);
			return DATE_TIME_WIDTH_CHARS;
		}
		if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(dateStyle);
			return DATE_WIDTH_CHARS;
		}
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			return value.toString().length();
		}
		String text = value.toString();
		cell.setCellValue(text);
		return width(text);
	}

	/** Display width in Latin characters: CJK characters take two. */
	private static int width(String text) {
		int w = 0;
		for (int i = 0; i < text.length(); i++) {
			w += text.charAt(i) > 0x2e80 ? 2 : 1;
		}
		return w;
	}
}
