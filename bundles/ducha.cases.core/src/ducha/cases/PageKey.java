package ducha.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a keyset page ends: the last row's filing date and case number. The next page starts after it, so a page
 * deep in a million cases costs as little as the first (no OFFSET).
 */
public record PageKey(LocalDate filingDate, String caseNo) {

	public PageKey {
		Objects.requireNonNull(filingDate, "filingDate");
		Objects.requireNonNull(caseNo, "caseNo");
	}
}
