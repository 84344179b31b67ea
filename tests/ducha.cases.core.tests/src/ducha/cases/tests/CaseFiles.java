package ducha.cases.tests;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes case-register CSV files as the case-management system exports them. */
final class CaseFiles {

	static final String HEADER = "案号,案由,承办人工号,承办部门,立案日期,审理程序,结案日期,结案方式,状态";

	private final List<String> lines = new ArrayList<>(List.of(HEADER));

	/** An open case filed {@code age} days ago, numbered in the filing year. */
	CaseFiles open(String type, int sequence, String judge, String department, String procedure, int age) {
		LocalDate filed = LocalDate.now().minusDays(age);
		return line(number(filed.getYear(), type, sequence), "民间借贷纠纷", judge, department, filed.toString(),
				procedure, "", "", "在审");
	}

	/** An open case with the given 案由, filed {@code age} days ago. */
	CaseFiles openWithCause(String type, int sequence, String judge, String department, String cause, int age) {
		LocalDate filed = LocalDate.now().minusDays(age);
		return line(number(filed.getYear(), type, sequence), cause, judge, department, filed.toString(), "普通", "", "",
				"在审");
	}

	/** A case closed {@code daysToClose} after filing with the given 结案方式. */
	CaseFiles closedBy(String type, int sequence, String judge, String department, int age, int daysToClose,
			String method) {
		LocalDate filed = LocalDate.now().minusDays(age);
		return line(number(filed.getYear(), type, sequence), "买卖合同纠纷", judge, department, filed.toString(), "普通",
				filed.plusDays(daysToClose).toString(), method, "已结");
	}

	CaseFiles closed(String type, int sequence, String judge, String department, int age, int daysToClose) {
		LocalDate filed = LocalDate.now().minusDays(age);
		return line(number(filed.getYear(), type, sequence), "买卖合同纠纷", judge, department, filed.toString(), "普通",
				filed.plusDays(daysToClose).toString(), "调解", "已结");
	}

	CaseFiles line(String... cells) {
		lines.add(String.join(",", cells));
		return this;
	}

	static String number(int year, String type, int sequence) {
		return "（" + year + "）川0724" + type + sequence + "号";
	}

	Path write(Path dir, String name) throws IOException {
		return write(dir, name, Charset.forName("UTF-8"));
	}

	Path write(Path dir, String name, Charset charset) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, lines, charset);
		return file;
	}
}
