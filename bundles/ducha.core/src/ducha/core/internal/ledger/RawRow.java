package ducha.core.internal.ledger;

import java.util.List;

/** A row of cells as the file holds it, before headers are matched. */
record RawRow(int rowNumber, List<String> cells) {

	boolean isBlank() {
		return cells.stream().allMatch(c -> c == null || c.isBlank());
	}
}
