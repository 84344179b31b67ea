package ducha.core.ledger;

import java.util.List;

import ducha.core.internal.ledger.CompactRows;

/**
 * A ledger file read into rows.
 *
 * @param fileName the file's name, used in every problem reported
 * @param columns  the columns that the file's header row matched
 * @param rows     the data rows, blank rows skipped
 */
public record LedgerTable(String fileName, List<LedgerColumn> columns, List<LedgerRow> rows) {

	public LedgerTable {
		columns = List.copyOf(columns);
		// the reader's rows are unmodifiable already, and copying would unpack every one of them
		rows = rows instanceof CompactRows ? rows : List.copyOf(rows);
	}
}
