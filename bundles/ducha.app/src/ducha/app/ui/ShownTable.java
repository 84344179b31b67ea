package ducha.app.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a list shows at the moment of an export: the headers of its visible columns, in their shown order, and its
 * rows after filter and sort, in the shown order, one cell per visible column. Taken on the UI thread, written in a
 * job ({@link FileExport#exportShown}), so the file holds exactly what the user saw when they chose to export.
 *
 * @param headers the visible columns' headers as shown
 * @param rows    the cells: text, or a {@link LocalDate} for a date (a date cell in XLSX)
 */
public record ShownTable(List<String> headers, List<List<Object>> rows) {

	/** Lists show a day as 2024-03-05 (LocalDate's own text). */
	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	public ShownTable {
		headers = List.copyOf(headers);
		// cells may be null (an empty cell): copied without List.copyOf, which refuses null
		rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
	}

	/**
	 * A cell as a list shows it, typed for the file: a text that is exactly a day (the lists show dates as
	 * 2024-03-05) becomes the day, so that a spreadsheet gets a real date; any other text stays text (a 工号 such
	 * as 00123 keeps its zeros).
	 */
	public static Object cell(String text) {
		if (text != null && DAY.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			} catch (DateTimeParseException e) {
				// 2024-13-45 is text that looks like a day, not a day
				return text;
			}
		}
		return text;
	}
}
