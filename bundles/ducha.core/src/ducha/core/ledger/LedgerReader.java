package ducha.core.ledger;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * OSGi service: reads ledger files row by row, whatever their size: CSV in UTF-8 (with or without BOM) or GBK,
 * streamed through Commons CSV; XLSX (the sheet of the {@link SheetChoice}) streamed through POI's event reader, so
 * neither a million-row CSV nor a full sheet sits in memory. The header row is found among the first
 * {@value #HEADER_SEARCH_ROWS} rows (title rows above it are skipped, each a {@link LedgerNotice}) and matched to the
 * kind's columns (Chinese header or key, column order free); blank rows are skipped, and so are 合计/总计/小计 rows
 * (a notice each); cells are trimmed; XLSX date cells become {@code yyyy-MM-dd}; a cell merged over several rows
 * holds its value in every row it covers.
 * <p>
 * Progress is the share of the file read; the monitor is asked for cancellation every
 * {@value #PROGRESS_EVERY} rows. Every problem names the file, the row as Excel shows it and the column.
 */
public interface LedgerReader {

	/** Rows between two progress reports and cancellation checks. */
	int PROGRESS_EVERY = 1000;

	/** Non-blank rows at the top of a file among which the header row is looked for. */
	int HEADER_SEARCH_ROWS = 10;

	/**
	 * Streams the data rows of the file to the handler, in file order.
	 *
	 * @param monitor progress and cancellation; may be null
	 * @throws LedgerValidationException when the file cannot be read, is in neither UTF-8 nor GBK (naming the row
	 *                                   where decoding failed), its header row does not fit the columns or no sheet
	 *                                   of the workbook is chosen
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
	 */
	void read(Path file, List<LedgerColumn> columns, LedgerRowHandler handler, IProgressMonitor monitor);

	/**
	 * Reads the whole file into a table, for ledgers of a size that fits in memory (every kind but the case
	 * register). A value in a column without header is a problem of its row.
	 *
	 * @throws LedgerValidationException as {@link #read}, and for values in columns without header
	 */
	LedgerTable readTable(Path file, List<LedgerColumn> columns, IProgressMonitor monitor);

	/** A reader like this one that reads the sheet of a workbook so chosen (the service reads {@link SheetChoice#ANY}). */
	LedgerReader inSheet(SheetChoice choice);
}
