package ducha.core.internal.ledger;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A row of cells as the file holds it, before headers are matched. */
record RawRow(int rowNumber, List<String> cells) {

	/** Characters of a row's text that a notice quotes. */
	private static final int SUMMARY_LENGTH = 60;

	// isBlank and firstText run for every row of a file: plain loops, no stream per row

	boolean isBlank() {
		for (String c : cells) {
			if (c != null && !c.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The first cell with text, stripped; "" for a blank row. */
	String firstText() {
		for (String c : cells) {
			if (c != null && !c.isBlank()) {
				return c.strip();
			}
		}
		return "";
	}

	/** The row's texts as a notice quotes them: the cells with text, separated by blanks, cut short when long. */
	String summary() {
		String text = cells.stream().filter(Objects::nonNull).map(String::strip).filter(c -> !c.isEmpty())
				.collect(Collectors.joining(" "));
		return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH) + "…";
	}
}
