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

	static boolean isTotal(RawRow row) {
		return TOTAL.matcher(BLANKS.matcher(row.firstText()).replaceAll("")).matches();
	}

	static LedgerNotice notice(String fileName, RawRow row) {
		return new LedgerNotice(fileName, row.rowNumber(), Messages.format(Messages.Notice_totalRow, row.summary()));
	}
}
