package ducha.core.internal.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerTable;
import ducha.core.ledger.LedgerValidationException;

/**
 * Matches the header row to the ledger's columns (Chinese header or key) and turns the data rows into
 * {@link LedgerRow}s. The first non-blank row is the header; unknown, repeated and missing required headers are
 * problems of that row.
 */
final class HeaderMapping {

	private HeaderMapping() {
	}

	static LedgerTable toTable(String fileName, List<LedgerColumn> columns, List<RawRow> rows) {
		int headerIndex = 0;
		while (headerIndex < rows.size() && rows.get(headerIndex).isBlank()) {
			headerIndex++;
		}
		if (headerIndex == rows.size()) {
			throw LedgerFileReader.fileProblem(fileName, "文件是空的：第一行应为表头");
		}
		RawRow header = rows.get(headerIndex);
		List<LedgerProblem> problems = new ArrayList<>();
		LedgerColumn[] byPosition = new LedgerColumn[header.cells().size()];
		List<LedgerColumn> matched = new ArrayList<>();
		for (int i = 0; i < byPosition.length; i++) {
			String text = clean(header.cells().get(i));
			if (text.isEmpty()) {
				continue;
			}
			LedgerColumn column = match(columns, text);
			if (column == null) {
				problems.add(new LedgerProblem(fileName, header.rowNumber(), text,
						"未知的列，可用的列：" + String.join("、", columns.stream().map(LedgerColumn::header).toList())));
			} else if (matched.contains(column)) {
				problems.add(new LedgerProblem(fileName, header.rowNumber(), column.header(), "列重复"));
			} else {
				byPosition[i] = column;
				matched.add(column);
			}
		}
		for (LedgerColumn column : columns) {
			if (column.required() && !matched.contains(column)) {
				problems.add(new LedgerProblem(fileName, header.rowNumber(), column.header(), "缺少必填列"));
			}
		}
		if (!problems.isEmpty()) {
			throw new LedgerValidationException(problems);
		}
		List<LedgerRow> data = new ArrayList<>();
		for (RawRow row : rows.subList(headerIndex + 1, rows.size())) {
			if (row.isBlank()) {
				continue;
			}
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < row.cells().size(); i++) {
				String value = row.cells().get(i) == null ? "" : row.cells().get(i).strip();
				if (value.isEmpty()) {
					continue;
				}
				if (i >= byPosition.length || byPosition[i] == null) {
					problems.add(new LedgerProblem(fileName, row.rowNumber(), null,
							"第 " + (i + 1) + " 列有内容“" + value + "”，但该列没有表头"));
				} else {
					values.put(byPosition[i].key(), value);
				}
			}
			data.add(new LedgerRow(row.rowNumber(), values));
		}
		if (!problems.isEmpty()) {
			throw new LedgerValidationException(problems);
		}
		List<LedgerColumn> inFileOrder = columns.stream().filter(matched::contains).toList();
		return new LedgerTable(fileName, inFileOrder, data);
	}

	/** Header text without a BOM, surrounding blanks or a required-marker star. */
	private static String clean(String text) {
		String t = text == null ? "" : text.replace("\uFEFF", "").strip();
		while (t.endsWith("*") || t.endsWith("＊")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		return t;
	}

	private static LedgerColumn match(List<LedgerColumn> columns, String text) {
		for (LedgerColumn c : columns) {
			if (c.header().equals(text) || c.key().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
				return c;
			}
		}
		return null;
	}
}
