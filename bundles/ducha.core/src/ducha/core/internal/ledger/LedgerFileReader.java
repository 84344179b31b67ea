package ducha.core.internal.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerFormat;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerTable;
import ducha.core.ledger.LedgerValidationException;

/** Reads a CSV or XLSX ledger file into a {@link LedgerTable} for the given columns. */
final class LedgerFileReader {

	private LedgerFileReader() {
	}

	/** @throws LedgerValidationException when the file cannot be read or its header row does not fit */
	static LedgerTable read(Path file, List<LedgerColumn> columns) {
		String name = file.getFileName().toString();
		List<RawRow> rows;
		try {
			rows = LedgerFormat.of(file) == LedgerFormat.XLSX ? readXlsx(file) : readCsv(file);
		} catch (CharacterCodingException e) {
			throw fileProblem(name, "文件编码无法识别：既不是 UTF-8 也不是 GBK，请在 Excel 中另存为“CSV UTF-8”");
		} catch (IOException | RuntimeException e) {
			throw fileProblem(name, "无法读取文件：" + e.getMessage());
		}
		return HeaderMapping.toTable(name, columns, rows);
	}

	static LedgerValidationException fileProblem(String fileName, String reason) {
		return new LedgerValidationException(List.of(new LedgerProblem(fileName, 0, null, reason)));
	}

	private static List<RawRow> readCsv(Path file) throws IOException {
		String text = CsvText.decode(Files.readAllBytes(file));
		// empty lines are kept as records so that record numbers stay the row numbers users see
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
		List<RawRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				rows.add(new RawRow((int) record.getRecordNumber(), record.toList()));
			}
		}
		return rows;
	}

	private static List<RawRow> readXlsx(Path file) throws IOException {
		List<RawRow> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					cells.add(text(row.getCell(c)));
				}
				rows.add(new RawRow(row.getRowNum() + 1, cells));
			}
		}
		return rows;
	}

	/** The cell as users read it: dates as yyyy-MM-dd, whole numbers without ".0". */
	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
		case STRING -> cell.getStringCellValue();
		case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
				: number(cell.getNumericCellValue());
		case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
		default -> "";
		};
	}

	private static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
