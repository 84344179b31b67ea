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
 * Takes the raw rows of one file as they come: skips blank rows, finds the header among the first non-blank rows
 * ({@link HeaderSearch}: title rows above it are skipped with a notice), hands every data row on but 合计 rows
 * ({@link TotalRows}, skipped with a notice), and every {@link LedgerReader#PROGRESS_EVERY} rows reports the share
 * of the file read and stops when cancelled. The row after {@link LedgerLimits#maxRows()} (blank rows count: a
 * sheet of empty rows costs time as well) refuses the file at once.
 */
final class RowPump implements Consumer<RawRow> {

	static final int PERMILLE = 1000;

	private final String fileName;
	private final LedgerRowHandler handler;
	private final RawRowSource source;
	private final SubMonitor progress;
	private final LedgerLimits limits;
	private final HeaderSearch search;
	private HeaderMatcher header;
	private long afterHeader;
	private int rows;
	private int reported;

	RowPump(String fileName, List<LedgerColumn> columns, LedgerRowHandler handler, RawRowSource source,
			SubMonitor progress, LedgerLimits limits) {
		this.fileName = fileName;
		this.limits = limits;
		this.handler = handler;
		this.source = source;
		this.progress = progress;
		this.search = new HeaderSearch(fileName, columns);
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
			found(search.offer(raw));
			return;
		}
		if (TotalRows.isTotal(raw)) {
			handler.notice(TotalRows.notice(fileName, raw));
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
			found(search.end());
		}
		if (header == null) {
			throw new LedgerValidationException(
					List.of(new LedgerProblem(fileName, 0, null, Messages.Header_emptyFile)));
		}
		stopIfCanceled();
		progress.setWorkRemaining(0);
	}

	/** Takes the header once the search found it, with the notices of the title rows above it. */
	private void found(HeaderMatcher matched) {
		if (matched != null) {
			header = matched;
			search.skipped().forEach(handler::notice);
			handler.header(header.matched());
		}
	}

	private void stopIfCanceled() {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
