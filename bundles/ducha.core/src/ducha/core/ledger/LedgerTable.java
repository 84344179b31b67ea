package ducha.core.ledger;

import java.util.List;

import ducha.core.internal.ledger.CompactRows;

/**
 * A ledger file read into rows.
 *
 * @param fileName the file's name, used in every problem reported
 * @param columns  the columns that the file's header row matched
 * @param rows     the data rows, blank rows skipped
 * @param notices  the rows the reader skipped (title rows above the header, 合计 rows)
 */
public record LedgerTable(String fileName, List<LedgerColumn> columns, List<LedgerRow> rows,
		List<LedgerNotice> notices) {

	public LedgerTable {
		columns = List.copyOf(columns);
		// the reader's rows are unmodifiable already, and copying would unpack every one of them
		rows = rows instanceof CompactRows ? rows : List.copyOf(rows);
		notices = List.copyOf(notices);
	}

	/** A table without notices, e.g. the one row of a form. */
	public LedgerTable(String fileName, List<LedgerColumn> columns, List<LedgerRow> rows) {
		this(fileName, columns, rows, List.of());
	}
}
