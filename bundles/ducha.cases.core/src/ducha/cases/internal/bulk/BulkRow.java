package ducha.cases.internal.bulk;

import java.sql.Date;
import java.time.LocalDate;

import ducha.cases.CaseRecord;

/**
 * A checked case as the bulk load's table function serves it, its derived columns worked out on the reading thread:
 * the database's thread is the slower of the two (it inserts and sorts), so it should only copy values, never build
 * a 案号's text or convert a date.
 *
 * @param record   the case
 * @param caseNo   its number's canonical text ({@link ducha.cases.CaseNumber#text()})
 * @param family   its case family's constant name, or null
 * @param filed    its filing date
 * @param closed   its closing date, or null
 * @param flagDate its long-pending date as the import's rules give it, or null (closed, or no rule covers it)
 */
public record BulkRow(CaseRecord record, String caseNo, String family, Date filed, Date closed, Date flagDate) {

	/** The row of a case, with the long-pending date its rules give it. */
	public static BulkRow of(CaseRecord record, LocalDate flagDate) {
		return new BulkRow(record, record.number().text(), record.number().family().map(Enum::name).orElse(null),
				sqlDate(record.filingDate()), sqlDate(record.closedDate()), sqlDate(flagDate));
	}

	private static Date sqlDate(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}
}
