package ducha.reports.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.LoggedIn;
import ducha.cli.RequiresPermission;
import ducha.core.period.Period;
import ducha.reports.AnnualReport;
import ducha.reports.ReportFormat;
import ducha.reports.ReportPermissions;
import ducha.reports.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ducha-cli report --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|docx|pdf [--out FILE]}: the work
 * summary over the period. CSV goes to standard output unless {@code --out} names a file; the binary formats need
 * {@code --out}.
 */
@Command(name = ReportCommand.NAME, mixinStandardHelpOptions = true,
		description = "Work summary over a period (sections of the installed plugins) as CSV, XLSX, DOCX or PDF.")
@RequiresPermission(ReportPermissions.READ)
public final class ReportCommand implements Callable<Integer> {

	static final String NAME = "report";

	/** Exit codes as ducha-cli documents them. */
	private static final int OK = 0;
	private static final int REJECTED = 1;
	private static final int USAGE = 2;

	private final ReportService reports;

	@Spec
	private CommandSpec spec;

	@Mixin
	LoggedIn login;

	@Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
	private String from;

	@Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
	private String to;

	@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|xlsx|docx|pdf",
			description = "Output format (default: csv).")
	private String format;

	@Option(names = "--out", paramLabel = "FILE", description = "File to write; CSV goes to standard output without it.")
	private Path out;

	ReportCommand(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		LocalDate first = date("--from", from, err);
		LocalDate last = date("--to", to, err);
		if (first == null || last == null) {
			return USAGE;
		}
		if (last.isBefore(first)) {
			err.println(NLS.bind(Messages.toBeforeFrom, last, first));
			return USAGE;
		}
		ReportFormat chosen;
		try {
			chosen = ReportFormat.parse(format);
		} catch (IllegalArgumentException e) {
			err.println(NLS.bind(Messages.unknownFormat, format));
			return USAGE;
		}
		if (out == null && chosen != ReportFormat.CSV) {
			err.println(NLS.bind(Messages.outRequired, chosen.extension()));
			return USAGE;
		}
		AnnualReport report = reports.compile(Period.of(first, last), LocalDate.now(), login.principal());
		return out == null ? toStandardOutput(report) : toFile(report, chosen, err);
	}

	private int toStandardOutput(AnnualReport report) throws IOException {
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		reports.write(report, ReportFormat.CSV, csv);
		PrintWriter stdout = spec.commandLine().getOut();
		stdout.print(csv.toString(StandardCharsets.UTF_8));
		stdout.flush();
		return OK;
	}

	private int toFile(AnnualReport report, ReportFormat chosen, PrintWriter err) {
		Path target = out.toAbsolutePath();
		Path temporary = null;
		try {
			Files.createDirectories(target.getParent());
			// write beside the target and move it in place: a failed run leaves no half-written report
			temporary = Files.createTempFile(target.getParent(), ".report-", ".part");
			try (OutputStream stream = Files.newOutputStream(temporary)) {
				reports.write(report, chosen, stream);
			}
			Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			err.println(NLS.bind(Messages.writeFailed, target, e.getMessage()));
			deleteQuietly(temporary);
			return REJECTED;
		}
		spec.commandLine().getOut().println(NLS.bind(Messages.written,
				new Object[] { target, report.chapters().size(), report.period().label() }));
		return OK;
	}

	private static LocalDate date(String option, String text, PrintWriter err) {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			err.println(NLS.bind(Messages.badDate, option, text));
			return null;
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// the temporary file is hidden and harmless; the error that matters was printed
			}
		}
	}
}
