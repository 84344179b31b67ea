package ducha.core.internal.ledger;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerReader;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowHandler;
import ducha.core.ledger.LedgerValidationException;

/**
 * Takes the raw rows of one file as they come: skips blank rows, matches the first non-blank row as the header,
 * hands every data row on, and every {@link LedgerReader#PROGRESS_EVERY} rows reports the share of the file read
 * and stops when cancelled. The row after {@link LedgerLimits#maxRows()} (blank rows count: a sheet of empty rows
 * costs time as well) refuses the file at once.
 */
final class RowPump implements Consumer<RawRow> {

	static final int PERMILLE = 1000;

	private final String fileName;
	private final List<LedgerColumn> columns;
	private final LedgerRowHandler handler;
	private final RawRowSource source;
	private final SubMonitor progress;
	private final LedgerLimits limits;
	private HeaderMatcher header;
	private long afterHeader;
	private int rows;
	private int reported;

	RowPump(String fileName, List<LedgerColumn> columns, LedgerRowHandler handler, RawRowSource source,
			SubMonitor progress, LedgerLimits limits) {
		this.fileName = fileName;
		this.limits = limits;
		this.columns = columns;
		this.handler = handler;
		this.source = source;
		this.progress = progress;
		stopIfCanceled();
	}

	@Override
	public void accept(RawRow raw) {
		if (header != null) {
			limits.checkRows(fileName, ++afterHeader);
		}
		if (raw.isBlank()) {
			return;
		}
		if (header == null) {
			header = HeaderMatcher.match(fileName, columns, raw);
			handler.header(header.matched());
			return;
		}
		LedgerRow row = header.toRow(raw, handler::problem);
		if (row != null) {
			handler.row(row);
		}
		if (++rows % LedgerReader.PROGRESS_EVERY == 0) {
			int now = (int) (source.fractionRead() * PERMILLE);
			progress.worked(now - reported);
			reported = now;
			progress.subTask(Messages.format(Messages.Reader_rowsRead, rows));
			stopIfCanceled();
		}
	}

	/**
	 * Ends the file: a file without header row is a problem, and a cancel that came after the last progress report
	 * still counts, so the caller stores nothing.
	 */
	void finish() {
		if (header == null) {
			throw new LedgerValidationException(
					List.of(new LedgerProblem(fileName, 0, null, Messages.Header_emptyFile)));
		}
		stopIfCanceled();
		progress.setWorkRemaining(0);
	}

	private void stopIfCanceled() {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
