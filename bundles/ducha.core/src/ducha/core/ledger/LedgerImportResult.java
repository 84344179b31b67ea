package ducha.core.ledger;

import java.util.List;

/**
 * What an accepted ledger import stored.
 *
 * @param notices rows the reader skipped (title rows above the header, 合计 rows), in row order
 */
public record LedgerImportResult(String kind, String fileName, int rows, int inserted, int updated,
		List<LedgerNotice> notices) {

	public LedgerImportResult {
		notices = List.copyOf(notices);
	}

	/** A result without notices; the reader's are added by {@link #withNotices}. */
	public LedgerImportResult(String kind, String fileName, int rows, int inserted, int updated) {
		this(kind, fileName, rows, inserted, updated, List.of());
	}

	/** This result with the reader's notices of the file. */
	public LedgerImportResult withNotices(List<LedgerNotice> found) {
		return new LedgerImportResult(kind, fileName, rows, inserted, updated, found);
	}
}
