package ducha.integrity.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import ducha.core.DuchaException;
import ducha.core.ValidationException;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli integrity report --staff 10001,10002 [--from D --to D] [--format docx|pdf|txt] [--out FILE]}:
 * the 廉情报告 for a list of staff. DOCX and PDF are issued with the next number of the year; plain text is an
 * unnumbered draft (printed when no file is named).
 */
@Command(name = "report", description = "廉情报告：DOCX/PDF 出具并编号，txt 为不编号的草稿")
final class ReportCommand extends IntegrityCommand {

	private final IntegrityReportService reports;

	@Option(names = "--staff", required = true, split = ",", paramLabel = "工号", description = "工号，多个用逗号分隔")
	List<String> staff;

	@Option(names = "--from", paramLabel = "DATE", description = "起始日期，默认三年前")
	String from;

	@Option(names = "--to", paramLabel = "DATE", description = "截止日期，默认今天")
	String to;

	@Option(names = "--format", paramLabel = "docx|pdf|txt", description = "输出格式；默认按 --out 的扩展名，否则 txt")
	String format;

	@Option(names = "--out", paramLabel = "FILE", description = "输出文件；txt 可省略（打印到屏幕）")
	Path out;

	ReportCommand(IntegrityReportService reports) {
		this.reports = reports;
	}

	@Override
	int run(Principal actor, PrintWriter console) throws IOException {
		LocalDate end = date(to, "--to", LocalDate.now());
		LocalDate start = date(from, "--from", end.minusYears(3).plusDays(1));
		if (end.isBefore(start)) {
			throw new ValidationException("--to " + end + " 早于 --from " + start);
		}
		Period period = Period.of(start, end);
		String kind = format();
		if (kind.equals("txt")) {
			String text = IntegrityReportService.text(reports.draft(staff, period, actor));
			if (out == null) {
				console.print(text);
			} else {
				Files.writeString(out, text, StandardCharsets.UTF_8);
				console.println("已写出廉情报告草稿（未编号）：" + out);
			}
			return 0;
		}
		if (out == null) {
			throw new ValidationException("--format " + kind + " 需要用 --out 指定输出文件");
		}
		if (!reports.documentsAvailable()) {
			throw new DuchaException("文档服务未安装（平台的报表与公文组件），无法生成 " + kind + "；可用 --format txt 输出纯文本");
		}
		OfficialDocument report = reports.issue(staff, period, actor);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		reports.write(report, kind.equals("pdf") ? DocumentFormat.PDF : DocumentFormat.DOCX, bytes);
		Files.write(out, bytes.toByteArray());
		console.println("已出具 " + report.title() + "（" + report.number() + "）：" + out);
		return 0;
	}

	/** The chosen format, or the one the output file's extension names, or txt. */
	private String format() {
		String chosen = format;
		if (chosen == null && out != null) {
			String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
			chosen = name.endsWith(".pdf") ? "pdf" : name.endsWith(".docx") ? "docx" : "txt";
		}
		chosen = chosen == null ? "txt" : chosen.strip().toLowerCase(Locale.ROOT);
		if (!List.of("docx", "pdf", "txt").contains(chosen)) {
			throw new ValidationException("--format 只能是 docx、pdf 或 txt，不是“" + format + "”");
		}
		return chosen;
	}

	private static LocalDate date(String text, String option, LocalDate fallback) {
		if (text == null) {
			return fallback;
		}
		LocalDate date = LedgerRowValidator.parseDate(text);
		if (date == null) {
			throw new ValidationException(option + " 的日期“" + text + "”无法识别，请写成 2024-03-05");
		}
		return date;
	}
}
