package ducha.study.internal.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ducha.core.directory.DepartmentNames;
import ducha.study.StudyTest;
import ducha.study.TestResult;

/**
 * The quarter's study-score sheet (学习成绩表) as XLSX: one row per person and test. The headers are a file format
 * that the performance assessment reads, so they stay Chinese.
 */
final class ScoreSheet {

	static final List<String> HEADERS = List.of("工号", "姓名", "部门", "检测", "成绩", "补考成绩", "最终成绩", "是否及格");

	/** One row: the test and the person's result. */
	record Row(StudyTest test, TestResult result) {
	}

	private ScoreSheet() {
	}

	static void write(List<Row> rows, DepartmentNames departments, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("学习成绩");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(HEADERS.get(i));
				cell.setCellStyle(bold);
			}
			int n = 1;
			for (Row row : rows) {
				TestResult r = row.result();
				org.apache.poi.ss.usermodel.Row line = sheet.createRow(n++);
				line.createCell(0).setCellValue(r.staffNo());
				line.createCell(1).setCellValue(r.name());
				line.createCell(2).setCellValue(r.departmentCode().isEmpty() ? "" : departments.name(r.departmentCode()));
				line.createCell(3).setCellValue(row.test().code());
				score(line, 4, r.score(), r.absent() ? "缺考" : r.pendingMarking() ? "待阅卷" : "");
				score(line, 5, r.makeupScore(), "");
				score(line, 6, r.finalScore(), "");
				line.createCell(7).setCellValue(r.passed() ? "是" : "否");
			}
			for (int i = 0; i < HEADERS.size(); i++) {
				sheet.setColumnWidth(i, (i == 2 ? 20 : 11) * 256);
			}
			workbook.write(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A score as a number cell, or the text saying why there is none. */
	private static void score(org.apache.poi.ss.usermodel.Row line, int column, Integer value, String otherwise) {
		Cell cell = line.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		} else {
			cell.setCellValue(otherwise);
		}
	}
}
