package ducha.reports;

import java.util.Locale;

/** The formats a work summary can be written in. */
public enum ReportFormat {

	/** {@code section,key,value,label}, as REPORT-METRICS.md fixes it. */
	CSV("csv"),
	XLSX("xlsx"),
	DOCX("docx"),
	PDF("pdf");

	private final String extension;

	ReportFormat(String extension) {
		this.extension = extension;
	}

	/** File name extension without the dot. */
	public String extension() {
		return extension;
	}

	/** @throws IllegalArgumentException naming the accepted formats */
	public static ReportFormat parse(String text) {
		for (ReportFormat format : values()) {
			if (format.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown format '" + text + "', expected csv, xlsx, docx or pdf");
	}
}
