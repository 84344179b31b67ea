package ducha.core.internal.ledger;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;

/**
 * The rows of a ledger file read whole ({@link ducha.core.ledger.LedgerReader#readTable}), held compactly: each row
 * is one string of its cells, each cell preceded by its length in one character, and a {@link LedgerRow} is made
 * again whenever one is asked for. A million staff rows take about a quarter of the heap that a million
 * {@link LedgerRow}s with their maps would. Unmodifiable for everybody but the reader that fills it.
 */
public final class CompactRows extends AbstractList<LedgerRow> implements RandomAccess {

	/** Marks a cell the row does not have; also the first length that does not fit (such a row is kept as it is). */
	private static final char ABSENT = '\uffff';

	private final String[] keys;
	private Object[] rows = new Object[64];
	private int[] numbers = new int[64];
	private int size;

	CompactRows(List<LedgerColumn> columns) {
		this.keys = columns.stream().map(LedgerColumn::key).toArray(String[]::new);
	}

	/** Adds a row at the end (the reader, while it reads). */
	void append(LedgerRow row) {
		if (size == rows.length) {
			rows = Arrays.copyOf(rows, size * 2);
			numbers = Arrays.copyOf(numbers, size * 2);
		}
		String packed = pack(row);
		rows[size] = packed == null ? row : packed;
		numbers[size] = row.rowNumber();
		size++;
	}

	@Override
	public LedgerRow get(int index) {
		Objects.checkIndex(index, size);
		return rows[index] instanceof String packed ? unpack(numbers[index], packed) : (LedgerRow) rows[index];
	}

	@Override
	public int size() {
		return size;
	}

	/** The row's cells in column order, or null when it cannot be packed (a cell of 65,535 characters or more). */
	private String pack(LedgerRow row) {
		StringBuilder packed = new StringBuilder();
		int cells = 0;
		for (String key : keys) {
			String value = row.get(key);
			if (value == null) {
				packed.append(ABSENT);
			} else if (value.length() >= ABSENT) {
				return null;
			} else {
				packed.append((char) value.length()).append(value);
				cells++;
			}
		}
		// a row with a key of no column (never made by the reader) is kept as it is
		return cells == row.values().size() ? packed.toString() : null;
	}

	private LedgerRow unpack(int number, String packed) {
		Map<String, String> values = new HashMap<>();
		int at = 0;
		for (String key : keys) {
			char length = packed.charAt(at++);
			if (length != ABSENT) {
				values.put(key, packed.substring(at, at + length));
				at += length;
			}
		}
		return new LedgerRow(number, values);
	}
}
