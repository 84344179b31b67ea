package ducha.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a keyset page ends: the last row's date and case number. The next page starts after it, so a page deep in a
 * million cases costs as little as the first (no OFFSET).
 *
 * @param date   the date the list is ordered by: the filing date in the register and the lists of marked cases, the
 *               long-pending date ({@link WatchListEntry#flagDate()}) in the long-pending list
 * @param caseNo the 案号, which orders the cases of one day
 */
public record PageKey(LocalDate date, String caseNo) {

	public PageKey {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(caseNo, "caseNo");
	}
}
