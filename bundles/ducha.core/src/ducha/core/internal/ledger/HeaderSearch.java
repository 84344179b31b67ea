package ducha.core.internal.ledger;

import java.util.ArrayList;
import java.util.List;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerNotice;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerReader;
import ducha.core.ledger.LedgerValidationException;

/**
 * Finds the header row among the first {@link LedgerReader#HEADER_SEARCH_ROWS} non-blank rows of a file: the first
 * row that {@link HeaderMatcher#looksLikeHeader looks like one}. Offices put a title above it (安州区人民法院干警名册
 * （2024年12月）, 制表单位…); those rows are skipped, a {@link LedgerNotice} each. When none of the rows looks like a
 * header, the first one is taken as the header, so that its unknown and missing columns are what the refusal names,
 * as for a file without title.
 */
final class HeaderSearch {

	private final String fileName;
	private final List<LedgerColumn> columns;
	private final List<RawRow> above = new ArrayList<>();
	private int headerRow;

	HeaderSearch(String fileName, List<LedgerColumn> columns) {
		this.fileName = fileName;
		this.columns = columns;
	}

	/**
	 * The next non-blank row before the header.
	 *
	 * @return the header once this row is it, otherwise null (the row is kept as a title row)
	 * @throws LedgerValidationException for a header with unknown, repeated or missing columns, or when the search
	 *                                   gave up
	 */
	HeaderMatcher offer(RawRow row) {
		if (HeaderMatcher.looksLikeHeader(columns, row)) {
			headerRow = row.rowNumber();
			return HeaderMatcher.match(fileName, columns, row);
		}
		above.add(row);
		if (above.size() >= LedgerReader.HEADER_SEARCH_ROWS) {
			throw giveUp();
		}
		return null;
	}

	/**
	 * The file ended before a header was found.
	 *
	 * @return null for a file without a non-blank row
	 * @throws LedgerValidationException naming the first row's problems as a header
	 */
	HeaderMatcher end() {
		if (above.isEmpty()) {
			return null;
		}
		throw giveUp();
	}

	/** The title rows skipped above the header, as notices. */
	List<LedgerNotice> skipped() {
		return above.stream().map(row -> new LedgerNotice(fileName, row.rowNumber(),
				Messages.format(Messages.Notice_titleRow, row.summary(), headerRow))).toList();
	}

	/** The first row's problems as a header; a row without any (no column required, none known) is not one. */
	private LedgerValidationException giveUp() {
		RawRow first = above.get(0);
		HeaderMatcher.match(fileName, columns, first);
		return new LedgerValidationException(List.of(new LedgerProblem(fileName, first.rowNumber(), null,
				Messages.format(Messages.Header_notFound, LedgerReader.HEADER_SEARCH_ROWS))));
	}
}
