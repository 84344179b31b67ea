package ducha.core.ledger;

/**
 * Something the reader passed over in an accepted file, reported with the import so that nothing is skipped
 * silently: a title row above the header, a 合计 row. Not a problem: the file is stored all the same.
 *
 * @param file   file name
 * @param row    row number as the spreadsheet shows it (title rows counted)
 * @param reason what was skipped and why, in Chinese
 */
public record LedgerNotice(String file, int row, String reason) {

	@Override
	public String toString() {
		return file + ':' + row + ": " + reason;
	}
}
