package ducha.core.internal.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.ledger.CsvCells;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerFormat;

/**
 * Writes ledger files: CSV in UTF-8 with a BOM (so that Excel opens the Chinese correctly), or XLSX with a bold
 * header row. All cells are text, so that 工号 like 00123 keep their zeros.
 */
final class LedgerFileWriter {

	/** Rows kept in memory while writing XLSX; the rest streams to a temporary file. */
	private static final int WINDOW = 200;
	private static final int MAX_WIDTH_CHARS = 60;

	private LedgerFileWriter() {
	}

	static void write(Path file, List<LedgerColumn> columns, List<List<String>> rows) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			if (LedgerFormat.of(file) == LedgerFormat.XLSX) {
				writeXlsx(file, columns, rows);
			} else {
				writeCsv(file, columns, rows);
			}
		} catch (IOException e) {
			throw new DuchaException(Language.format(Messages.Writer_failed, file, e.getMessage()), e);
		}
	}

	private static void writeCsv(Path file, List<LedgerColumn> columns, List<List<String>> rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
				printer.printRecord(columns.stream().map(LedgerColumn::header).toList());
				for (List<String> row : rows) {
					printer.printRecord(CsvCells.neutralise(row));
				}
			}
		}
	}

	private static void writeXlsx(Path file, List<LedgerColumn> columns, List<List<String>> rows)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try (OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("台账");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			int[] widths = new int[columns.size()];
			Row header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c).header());
				header.getCell(c).setCellStyle(headerStyle);
				widths[c] = width(columns.get(c).header());
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> values = rows.get(r);
				for (int c = 0; c < Math.min(values.size(), columns.size()); c++) {
					String value = values.get(c);
					if (value != null && !value.isEmpty()) {
						row.createCell(c).setCellValue(value);
						widths[c] = Math.max(widths[c], width(value));
					}
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

	/** Display width in Latin characters: CJK characters take two. */
	private static int width(String text) {
		int w = 0;
		for (int i = 0; i < text.length(); i++) {
			w += text.charAt(i) > 0x2e80 ? 2 : 1;
		}
		return w;
	}
}
