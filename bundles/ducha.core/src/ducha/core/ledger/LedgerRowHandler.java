package ducha.core.ledger;

import java.util.List;

/** Receives what {@link LedgerReader#read} finds, row by row, on the reading thread. */
public interface LedgerRowHandler {

	/** The columns the header row matched, in file order; called once, before the first row. */
	default void header(List<LedgerColumn> columns) {
	}

	/** One data row (blank rows are skipped). */
	void row(LedgerRow row);

	/** A problem of a data row the reader found itself: a value in a column that has no header. */
	void problem(LedgerProblem problem);

	/** A row the reader skipped (a title row above the header, a 合计 row), in row order. */
	default void notice(LedgerNotice notice) {
	}
}
