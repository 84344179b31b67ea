package ducha.core.internal.ledger;

import java.util.regex.Pattern;

import ducha.core.ledger.LedgerNotice;

/**
 * The 合计 rows an office adds below its data (合计, 总计, 小计, 共计, also as 合 计 or 合计：25 人): not records, so
 * skipped with a notice instead of being refused as a bad row. Told by the row's first cell with text.
 */
final class TotalRows {

	private static final Pattern TOTAL = Pattern.compile("(合计|总计|小计|共计)([:：].*)?", Pattern.DOTALL);
	private static final Pattern BLANKS = Pattern.compile("[\\s\u3000]+");

	private TotalRows() {
	}

	/** The characters a total row starts with: {@link #TOTAL}'s words' first characters. */
	private static final String FIRST_CHARACTERS = "合总小共";

	static boolean isTotal(RawRow row) {
		String first = row.firstText();
		// the text is stripped, so its first character is no blank and starts the text without blanks as well: a row
		// that cannot be a total row (every row of a large file but a few) is told without the two patterns
		if (first.isEmpty() || FIRST_CHARACTERS.indexOf(first.charAt(0)) < 0) {
			return false;
		}
		return TOTAL.matcher(BLANKS.matcher(first).replaceAll("")).matches();
	}

	static LedgerNotice notice(String fileName, RawRow row) {
		return new LedgerNotice(fileName, row.rowNumber(), Messages.format(Messages.Notice_totalRow, row.summary()));
	}
}
