package ducha.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up in a terminal, where Chinese characters are two cells wide. */
public final class TextTable {

	private final List<String[]> rows = new ArrayList<>();

	public TextTable(String... headers) {
		rows.add(headers);
	}

	public TextTable row(String... cells) {
		rows.add(cells);
		return this;
	}

	public void print(PrintWriter out) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], width(cell(row, i)));
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				String cell = cell(row, i);
				line.append(cell);
				if (i < columns - 1) {
					line.append(" ".repeat(widths[i] - width(cell) + 2));
				}
			}
			out.println(line.toString().stripTrailing());
		}
	}

	private static String cell(String[] row, int index) {
		return index < row.length && row[index] != null ? row[index] : "";
	}

	/** Terminal cells: East Asian wide characters take two. */
	static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			width += isWide(codePoint) ? 2 : 1;
			i += Character.charCount(codePoint);
		}
		return width;
	}

	private static boolean isWide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || (codePoint >= 0x3000 && codePoint <= 0x303F)
				|| (codePoint >= 0xFF00 && codePoint <= 0xFF60);
	}
}
