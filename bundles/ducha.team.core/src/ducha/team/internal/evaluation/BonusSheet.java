package ducha.team.internal.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ducha.core.ledger.CsvCells;
import ducha.core.ledger.LedgerFormat;
import ducha.team.Evaluation;
import ducha.team.PerformanceArchive;

/**
 * The year's bonus-point sheet (加分表) for the annual assessment and promotion, one row per integrity supervisor.
 * The headers are a file format that the assessment reads, so they stay Chinese; CSV is UTF-8 with a BOM (Excel
 * reads the Chinese) and its cells neutralised against formulas.
 */
final class BonusSheet {

	static final List<String> HEADERS = List.of("工号", "姓名", "部门", "年度", "履职事项", "履职次数", "年度总评", "总评加分",
			"履职加分", "加分合计");

	private BonusSheet() {
	}

	static void write(List<PerformanceArchive> archives, LedgerFormat format, OutputStream out) {
		List<List<String>> rows = archives.stream().map(BonusSheet::row).toList();
		try {
			if (format == LedgerFormat.XLSX) {
				xlsx(rows, out);
			} else {
				csv(rows, out);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<String> row(PerformanceArchive a) {
		Evaluation annual = a.annual();
		String duties = a.duties().stream().map(d -> d.kindLabel() + " " + d.count()).collect(Collectors.joining("、"));
		return List.of(a.staffNo(), a.name(), a.departmentName(),
				String.valueOf(a.year()), duties, String.valueOf(a.dutiesTotal()),
				annual == null ? "" : annual.grade().label(), a.bonus().grade().toPlainString(),
				a.bonus().duties().toPlainString(), a.bonus().total().toPlainString());
	}

	private static void csv(List<List<String>> rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
		printer.printRecord(HEADERS);
		for (List<String> row : rows) {
			printer.printRecord(CsvCells.neutralise(row));
		}
		printer.flush();
	}

	/** Counts and points as numbers, so the assessment can add them up; the rest as text (工号 keep their zeros). */
	private static void xlsx(List<List<String>> rows, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("加分表");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Row first = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				first.createCell(c).setCellValue(HEADERS.get(c));
				first.getCell(c).setCellStyle(header);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row line = sheet.createRow(r + 1);
				List<String> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					boolean number = c == 5 || c >= 7;
					if (number) {
						line.createCell(c).setCellValue(Double.parseDouble(row.get(c)));
					} else {
						line.createCell(c).setCellValue(row.get(c));
					}
				}
			}
			for (int c = 0; c < HEADERS.size(); c++) {
				sheet.setColumnWidth(c, (c == 2 || c == 4 ? 30 : 10) * 256);
			}
			workbook.write(out);
		}
	}
}
