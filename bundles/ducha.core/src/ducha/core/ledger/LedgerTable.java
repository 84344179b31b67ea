package ducha.core.ledger;

import java.util.List;

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
		rows = List.copyOf(rows);
	}
}
