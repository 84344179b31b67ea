package ducha.core.internal.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerValidationException;

/**
 * The header row of a ledger file matched to the kind's columns (Chinese header or key, case-insensitive), and
 * the data rows turned into {@link LedgerRow}s by it. Unknown, repeated and missing required headers are problems
 * of the header row.
 */
final class HeaderMatcher {

	private final String fileName;
	private final LedgerColumn[] byPosition;
	private final List<LedgerColumn> matched;

	private HeaderMatcher(String fileName, LedgerColumn[] byPosition, List<LedgerColumn> matched) {
		this.fileName = fileName;
		this.byPosition = byPosition;
		this.matched = matched;
	}

	/** @throws LedgerValidationException listing every header problem */
	static HeaderMatcher match(String fileName, List<LedgerColumn> columns, RawRow header) {
		List<LedgerProblem> problems = new ArrayList<>();
		LedgerColumn[] byPosition = new LedgerColumn[header.cells().size()];
		List<LedgerColumn> matched = new ArrayList<>();
		for (int i = 0; i < byPosition.length; i++) {
			String text = clean(header.cells().get(i));
			if (text.isEmpty()) {
				continue;
			}
			LedgerColumn column = find(columns, text);
			if (column == null) {
				String known = String.join("、", columns.stream().map(LedgerColumn::header).toList());
				problems.add(new LedgerProblem(fileName, header.rowNumber(), text,
						Messages.format(Messages.Header_unknownColumn, known)));
			} else if (matched.contains(column)) {
				problems.add(new LedgerProblem(fileName, header.rowNumber(), column.header(),
						Messages.Header_repeatedColumn));
			} else {
				byPosition[i] = column;
				matched.add(column);
			}
		}
		for (LedgerColumn column : columns) {
			if (column.required() && !matched.contains(column)) {
				problems.add(new LedgerProblem(fileName, header.rowNumber(), column.header(),
						Messages.Header_missingColumn));
			}
		}
		if (!problems.isEmpty()) {
			throw new LedgerValidationException(problems);
		}
		return new HeaderMatcher(fileName, byPosition, List.copyOf(matched));
	}

	/**
	 * Whether the row is the header rather than a title above it: some of its cells name columns, and no fewer
	 * than name nothing (so a header with a misspelt column is still taken, and its problem named).
	 */
	static boolean looksLikeHeader(List<LedgerColumn> columns, RawRow row) {
		int known = 0;
		int unknown = 0;
		for (String cell : row.cells()) {
			String text = clean(cell);
			if (!text.isEmpty()) {
				if (find(columns, text) == null) {
					unknown++;
				} else {
					known++;
				}
			}
		}
		return known > 0 && known >= unknown;
	}

	/** The columns found, in file order. */
	List<LedgerColumn> matched() {
		return matched;
	}

	/**
	 * The row's values by column key, trimmed, empty cells left out; a value under no header is a problem.
	 *
	 * @return null when no cell of the row is under a header
	 */
	LedgerRow toRow(RawRow raw, Consumer<LedgerProblem> problems) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < raw.cells().size(); i++) {
			String value = raw.cells().get(i) == null ? "" : raw.cells().get(i).strip();
			if (value.isEmpty()) {
				continue;
			}
			if (i >= byPosition.length || byPosition[i] == null) {
				problems.accept(new LedgerProblem(fileName, raw.rowNumber(), null,
						Messages.format(Messages.Row_cellWithoutHeader, String.valueOf(i + 1), value)));
			} else {
				values.put(byPosition[i].key(), value);
			}
		}
		return values.isEmpty() ? null : new LedgerRow(raw.rowNumber(), values);
	}

	/** Header text without a BOM, surrounding blanks or a required-marker star. */
	private static String clean(String text) {
		String t = text == null ? "" : text.replace("\uFEFF", "").strip();
		while (t.endsWith("*") || t.endsWith("＊")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		return t;
	}

	private static LedgerColumn find(List<LedgerColumn> columns, String text) {
		for (LedgerColumn c : columns) {
			if (c.header().equals(text) || c.key().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
				return c;
			}
		}
		return null;
	}
}
