package ducha.cases;

import java.util.List;

/**
 * One page of cases.
 *
 * @param rows the cases in page order
 * @param next key to pass for the following page, or null after the last page
 */
public record CasePage<T>(List<T> rows, PageKey next) {

	public CasePage {
		rows = List.copyOf(rows);
	}
}
