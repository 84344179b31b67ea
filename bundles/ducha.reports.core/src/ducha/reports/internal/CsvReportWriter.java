package ducha.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import ducha.core.spi.ReportFigure;
import ducha.reports.AnnualReport;
import ducha.reports.ReportChapter;

/**
 * The report as the CSV that REPORT-METRICS.md fixes for the court's scripts: the header {@code section,key,value,
 * label}, then one row per figure. UTF-8 without a byte order mark and LF line ends, so that scripts read the first
 * column as {@code section} and not as a BOM-prefixed name.
 */
final class CsvReportWriter {

	static final String[] HEADER = { "section", "key", "value", "label" };

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private CsvReportWriter() {
	}

	static void write(AnnualReport report, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		printer.printRecord((Object[]) HEADER);
		for (ReportChapter chapter : report.chapters()) {
			for (ReportFigure figure : chapter.figures()) {
				printer.printRecord(chapter.section(), figure.key(), figure.value(), figure.label());
			}
		}
		// flush, not close: the caller owns the stream
		printer.flush();
	}
}
