package ducha.integrity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.period.Period;
import ducha.core.security.Principal;

/**
 * The 廉情报告: what the integrity archive holds for one person or a list of people over a period, written when
 * someone is considered for appointment or an award. Reading each archive follows the archive's access rules and
 * is audited like any other read.
 */
public interface IntegrityReportService {

	/** Kind under which issued reports are numbered (2024年第N期). */
	String NUMBER_KIND = "integrity.report";

	/** The office that issues the report, as it signs. */
	String OFFICE = "政治部（督察室）";

	/**
	 * The report without a number, for a preview or plain text.
	 *
	 * @throws ducha.core.ValidationException                for an empty list or an unknown 工号 (all named)
	 * @throws ducha.core.security.AccessDeniedException when the actor may not read one of the archives
	 */
	OfficialDocument draft(List<String> staffNos, Period period, Principal actor);

	/**
	 * True when the actor may issue reports at all: the office's numbered document is for those who may read
	 * other people's archives (everyone's, or their departments'); a staff member reads their own archive instead.
	 */
	boolean mayIssue(Principal actor);

	/**
	 * The report with the next number of {@link #NUMBER_KIND} of this year; the issue is audited.
	 *
	 * @throws ducha.core.security.AccessDeniedException when the actor {@link #mayIssue may not issue} reports
	 *
	 * @throws ducha.core.DuchaException when the platform's numbering service is not available (nothing issued)
	 */
	OfficialDocument issue(List<String> staffNos, Period period, Principal actor);

	/**
	 * Writes the report as DOCX or PDF through the platform's document service; the stream stays open.
	 *
	 * @throws ducha.core.DuchaException when the document service is not available
	 */
	void write(OfficialDocument report, DocumentFormat format, OutputStream out) throws IOException;

	/** True when DOCX/PDF can be written now (the platform's document and numbering services are there). */
	boolean documentsAvailable();

	/** The report as plain text: title, number, paragraphs, office and date, one per line. */
	static String text(OfficialDocument report) {
		StringBuilder s = new StringBuilder(report.title()).append('\n');
		if (!report.number().isBlank()) {
			s.append(report.number()).append('\n');
		}
		s.append('\n');
		report.paragraphs().forEach(p -> s.append(p).append('\n'));
		s.append('\n').append(report.office()).append('\n').append(report.date().getYear()).append('年')
				.append(report.date().getMonthValue()).append('月').append(report.date().getDayOfMonth()).append("日\n");
		return s.toString();
	}
}
