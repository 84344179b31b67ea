package ducha.cases.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of a streamed XLSX workbook: a bold, frozen header row of Chinese titles, then rows appended one at a
 * time. Only {@link #WINDOW} rows stay in memory; the rest go to POI's temporary file until {@link #writeTo}.
 * Numbers become numeric cells (ages sort as numbers in Excel), days date cells (they sort and filter as dates),
 * everything else text.
 */
final class XlsxSheet implements AutoCloseable {

	static final int WINDOW = 200;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
	private final Sheet sheet;
	private final CellStyle dateStyle;
	private int next;

	/**
	 * @param widths column widths in characters, one per header
	 */
	XlsxSheet(String name, List<String> headers, int[] widths) {
		sheet = workbook.createSheet(name);
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		Row header = sheet.createRow(next++);
		for (int c = 0; c < headers.size(); c++) {
			header.createCell(c).setCellValue(headers.get(c));
			header.getCell(c).setCellStyle(style);
			sheet.setColumnWidth(c, (widths[c] + 2) * 256);
		}
		sheet.createFreezePane(0, 1);
		dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	void row(List<?> cells) {
		Row row = sheet.createRow(next++);
		for (int c = 0; c < cells.size(); c++) {
			Object value = cells.get(c);
			if (value instanceof Number n) {
				row.createCell(c).setCellValue(n.doubleValue());
			} else if (value instanceof LocalDate day) {
				Cell cell = row.createCell(c);
				cell.setCellValue(day);
				cell.setCellStyle(dateStyle);
			} else if (value != null && !value.toString().isEmpty()) {
				row.createCell(c).setCellValue(value.toString());
			}
		}
	}

	void writeTo(OutputStream out) throws IOException {
		workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		workbook.dispose();
		workbook.close();
	}
}
