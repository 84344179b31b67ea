package ducha.core.ledger;

/**
 * One thing wrong with a ledger file, located as {@code file:row:column}.
 *
 * @param file   file name
 * @param row    row number as users see it (header = 1), 0 for the file as a whole
 * @param column the column's Chinese header, or null for the whole row
 * @param reason what is wrong, in Chinese
 */
public record LedgerProblem(String file, int row, String column, String reason) {

	@Override
	public String toString() {
		StringBuilder s = new StringBuilder(file);
		if (row > 0) {
			s.append(':').append(row);
		}
		if (column != null) {
			s.append(':').append(column);
		}
		return s.append(": ").append(reason).toString();
	}
}
