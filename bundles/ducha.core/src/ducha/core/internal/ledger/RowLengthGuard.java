package ducha.core.internal.ledger;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a CSV row that never ends: Commons CSV gathers a record's text until its end, so a quote that is never
 * closed would otherwise take the rest of the file, however large, into one cell. The parser reads ahead in blocks,
 * so the count is of the characters read since the last row was handed on; {@link #MAX_ROW_CHARS} is far above any
 * real row (a whole XLSX row of 30 full Excel cells fits in it).
 */
final class RowLengthGuard extends FilterReader {

	/** Characters a row may span. */
	static final int MAX_ROW_CHARS = 1 << 20;

	/** What Commons CSV reads at once (its buffered reader's buffer, 8,192 characters), with room to spare. */
	private static final int BLOCK = 1 << 16;

	/** The row is longer than {@link RowLengthGuard#MAX_ROW_CHARS}. */
	static final class RowTooLongException extends IOException {

		private static final long serialVersionUID = 1L;

		RowTooLongException() {
			super(Messages.format(Messages.Limit_rowTooLong, MAX_ROW_CHARS));
		}
	}

	private long sinceRow;

	RowLengthGuard(Reader in) {
		super(in);
	}

	/** A row was handed on: the next one starts counting. */
	void rowEnded() {
		sinceRow = 0;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			counted(1);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	private void counted(int n) throws RowTooLongException {
		sinceRow += n;
		// the parser's read-ahead block may belong to the rows after this one: allow one block more
		if (sinceRow > MAX_ROW_CHARS + BLOCK) {
			throw new RowTooLongException();
		}
	}
}
