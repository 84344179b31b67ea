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

import org.eclipse.osgi.util.NLS;

import ducha.core.DuchaException;
import ducha.core.ValidationException;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityReportService;
import ducha.integrity.internal.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli integrity report --staff 10001,10002 [--from D --to D] [--format docx|pdf|txt] [--out FILE]}:
 * the 廉情报告 for a list of staff. DOCX and PDF are issued with the next number of the year; plain text is an
 * unnumbered draft (printed when no file is named).
 */
@Command(name = "report")
final class ReportCommand extends IntegrityCommand {

	private final IntegrityReportService reports;

	@Option(names = "--staff", required = true, split = ",", paramLabel = "STAFF_NO")
	List<String> staff;

	@Option(names = "--from", paramLabel = "DATE")
	String from;

	@Option(names = "--to", paramLabel = "DATE")
	String to;

	@Option(names = "--format", paramLabel = "docx|pdf|txt")
	String format;

	@Option(names = "--out", paramLabel = "FILE")
	Path out;

	ReportCommand(IntegrityReportService reports) {
		this.reports = reports;
	}

	@Override
	int run(Principal actor, PrintWriter console) throws IOException {
		LocalDate end = date(to, "--to", LocalDate.now());
		LocalDate start = date(from, "--from", end.minusYears(3).plusDays(1));
		if (end.isBefore(start)) {
			throw new ValidationException(NLS.bind(Messages.cliToBeforeFrom, end, start));
		}
		Period period = Period.of(start, end);
		String kind = format();
		if (kind.equals("txt")) {
			String text = IntegrityReportService.text(reports.draft(staff, period, actor));
			if (out == null) {
				console.print(text);
			} else {
				Files.writeString(out, text, StandardCharsets.UTF_8);
				console.println(NLS.bind(Messages.cliDraftWritten, out));
			}
			return 0;
		}
		if (out == null) {
			throw new ValidationException(NLS.bind(Messages.cliFormatNeedsOut, kind));
		}
		if (!reports.documentsAvailable()) {
			throw new DuchaException(NLS.bind(Messages.cliDocumentsUnavailable, kind));
		}
		OfficialDocument report = reports.issue(staff, period, actor);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		reports.write(report, kind.equals("pdf") ? DocumentFormat.PDF : DocumentFormat.DOCX, bytes);
		Files.write(out, bytes.toByteArray());
		console.println(NLS.bind(Messages.cliIssued, new Object[] { report.title(), report.number(), out }));
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
			throw new ValidationException(NLS.bind(Messages.cliBadFormat, format));
		}
		return chosen;
	}

	/** The date of an option, the fallback when it was not given; a clear refusal naming the option otherwise. */
	static LocalDate date(String text, String option, LocalDate fallback) {
		if (text == null) {
			return fallback;
		}
		LocalDate date = LedgerRowValidator.parseDate(text);
		if (date == null) {
			throw new ValidationException(NLS.bind(Messages.cliBadDate, option, text));
		}
		return date;
	}
}
