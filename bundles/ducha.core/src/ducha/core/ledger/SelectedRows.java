package ducha.core.ledger;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Some rows of a table, by their positions: the clean rows {@link DeclaredLedgerKind} hands to
 * {@link DeclaredLedgerKind#store}, without holding each row again beside the table's compact ones.
 */
final class SelectedRows extends AbstractList<LedgerRow> implements RandomAccess {

	private final List<LedgerRow> table;
	private int[] positions = new int[64];
	private int size;

	SelectedRows(List<LedgerRow> table) {
		this.table = table;
	}

	/** Adds the table's row at this position at the end. */
	void select(int position) {
		if (size == positions.length) {
			positions = Arrays.copyOf(positions, size * 2);
		}
		positions[size++] = position;
	}

	@Override
	public LedgerRow get(int index) {
		Objects.checkIndex(index, size);
		return table.get(positions[index]);
	}

	@Override
	public int size() {
		return size;
	}
}
