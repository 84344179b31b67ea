package ducha.core.ledger;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of the CSV files Ducha writes, safe to open in a spreadsheet: a text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be taken for a formula (CSV injection, e.g. a staff name
 * {@code =HYPERLINK(…)}), so it is written with a leading apostrophe, which spreadsheets show as text and the
 * ledger reader removes again on import. Plain numbers such as {@code -3.5} stay as they are. XLSX needs none of
 * this: its cells are written as strings.
 */
public final class CsvCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";
	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private CsvCells() {
	}

	/** The text as written to a CSV cell. */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0
				|| NUMBER.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}

	/** Every cell of a row as written to CSV. */
	public static List<String> neutralise(List<String> row) {
		return row.stream().map(CsvCells::neutralise).toList();
	}

	/** The text a CSV cell written by {@link #neutralise(String)} holds (other cells unchanged). */
	public static String restore(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
				&& FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 && !NUMBER.matcher(cell.substring(1)).matches()) {
			return cell.substring(1);
		}
		return cell;
	}
}
