package ducha.reports.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ducha.core.spi.ReportFigure;
import ducha.reports.AnnualReport;
import ducha.reports.ReportChapter;
import ducha.reports.internal.layout.OfficialLayout;

/**
 * The report as a workbook: a first sheet in the office's layout (title, period, office, date, one block per
 * section) for people, and a second sheet with the CSV's columns for further calculation.
 */
final class XlsxReportWriter {

	static final String SUMMARY_SHEET = "工作总结";
	static final String DATA_SHEET = "数据";

	private XlsxReportWriter() {
	}

	static void write(AnnualReport report, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			bold.setFont(boldFont);
			summary(workbook.createSheet(SUMMARY_SHEET), report, bold);
			data(workbook.createSheet(DATA_SHEET), report, bold);
			workbook.write(out);
		}
	}

	private static void summary(Sheet sheet, AnnualReport report, CellStyle bold) {
		int r = 0;
		sheet.createRow(r++).createCell(0).setCellValue(report.title());
		sheet.getRow(0).getCell(0).setCellStyle(bold);
		sheet.createRow(r++).createCell(0).setCellValue("统计期间：" + report.period().from() + "至" + report.period().to());
		sheet.createRow(r++).createCell(0).setCellValue(report.office());
		sheet.createRow(r++).createCell(0).setCellValue(OfficialLayout.date(report.issued()));
		for (ReportChapter chapter : report.chapters()) {
			r++;
			Row heading = sheet.createRow(r++);
			heading.createCell(0).setCellValue(chapter.title());
			heading.getCell(0).setCellStyle(bold);
			sheet.createRow(r++).createCell(0).setCellValue(chapter.summary());
			for (ReportFigure figure : chapter.figures()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(figure.label());
				row.createCell(1).setCellValue(figure.value());
			}
		}
		sheet.setColumnWidth(0, 40 * 256);
		sheet.setColumnWidth(1, 12 * 256);
	}

	private static void data(Sheet sheet, AnnualReport report, CellStyle bold) {
		Row header = sheet.createRow(0);
		for (int c = 0; c < CsvReportWriter.HEADER.length; c++) {
			header.createCell(c).setCellValue(CsvReportWriter.HEADER[c]);
			header.getCell(c).setCellStyle(bold);
		}
		int r = 1;
		for (ReportChapter chapter : report.chapters()) {
			for (ReportFigure figure : chapter.figures()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(chapter.section());
				row.createCell(1).setCellValue(figure.key());
				row.createCell(2).setCellValue(figure.value());
				row.createCell(3).setCellValue(figure.label());
			}
		}
		sheet.setColumnWidth(1, 36 * 256);
		sheet.setColumnWidth(3, 40 * 256);
	}
}
