package ducha.core.ledger;

import java.util.Map;

/**
 * One data row of a ledger file.
 *
 * @param rowNumber the row's number as users see it in Excel or an editor (the header is row 1)
 * @param values    cell text by column key, stripped; empty cells are absent
 */
public record LedgerRow(int rowNumber, Map<String, String> values) {

	public LedgerRow {
		values = Map.copyOf(values);
	}

	/** The cell's text, or null when empty. */
	public String get(String key) {
		return values.get(key);
	}
}
