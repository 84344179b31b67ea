package ducha.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import ducha.core.security.Principal;

import ducha.core.period.Period;

/**
 * OSGi service: compiles the work summary from every registered {@link ducha.core.spi.ReportSection} and writes
 * it out. Nothing is typed in: a plugin that is not installed registers no section, and its chapter is left out.
 */
public interface ReportService {

	/** The issuing office printed on every report and document. */
	String OFFICE = "政治部（督察室）";

	/**
	 * The summary over the period, compiled on {@code issued}. Runs the plugins' aggregate queries. Needs
	 * {@code reports.read}; a section whose {@link ducha.core.spi.ReportSection#readPermission() own permission}
	 * the reader lacks is left out.
	 *
	 * @throws ducha.core.security.AccessDeniedException without {@code reports.read}
	 */
	AnnualReport compile(Period period, LocalDate issued, Principal reader);

	/**
	 * Writes the summary; the stream stays open. CSV is UTF-8 without a byte order mark, a header line
	 * {@code section,key,value,label} and one line per figure, lines ending in LF.
	 */
	void write(AnnualReport report, ReportFormat format, OutputStream out) throws IOException;
}
