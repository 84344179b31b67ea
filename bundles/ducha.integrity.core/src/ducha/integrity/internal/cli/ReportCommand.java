package ducha.integrity.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import ducha.core.ValidationException;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.internal.report.IntegrityReportText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli integrity report --staff 10001,10002 [--from D --to D]}: the 廉情报告 for a list of staff, as
 * plain text until the platform's document service (DOCX/PDF) is available to plugins.
 */
@Command(name = "report", description = "廉情报告（纯文本；文档服务接入后提供 DOCX/PDF）")
final class ReportCommand implements Callable<Integer> {

	private final IntegrityArchive archive;
	private final DirectoryService directory;
	private final Principal actor;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--staff", required = true, split = ",", paramLabel = "工号", description = "工号，多个用逗号分隔")
	List<String> staff;

	@Option(names = "--from", paramLabel = "DATE", description = "起始日期，默认三年前")
	String from;

	@Option(names = "--to", paramLabel = "DATE", description = "截止日期，默认今天")
	String to;

	ReportCommand(IntegrityArchive archive, DirectoryService directory, Principal actor) {
		this.archive = archive;
		this.directory = directory;
		this.actor = actor;
	}

	@Override
	public Integer call() {
		LocalDate end = date(to, "--to", LocalDate.now());
		LocalDate start = date(from, "--from", end.minusYears(3).plusDays(1));
		if (end.isBefore(start)) {
			throw new ValidationException("--to " + end + " 早于 --from " + start);
		}
		Period period = Period.of(start, end);
		List<String> unknown = staff.stream().map(String::strip).filter(no -> directory.staff(no).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw new ValidationException("干警名册中没有这些工号：" + String.join("、", unknown));
		}
		PrintWriter out = spec.commandLine().getOut();
		out.print(IntegrityReportText.render(staff.stream().map(String::strip)
				.map(no -> archive.read(no, ArchiveFilter.of(period), actor)).toList(), period, LocalDate.now()));
		return 0;
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
