package ducha.core.documents;

import java.util.Objects;

/**
 * The number of an issued document: the n-th of its kind in a year.
 *
 * @param kind   document kind, e.g. {@code cases.bulletin}
 * @param year   the year it counts in
 * @param number 1, 2, ... without gaps
 */
public record DocumentNumber(String kind, int year, int number) {

	public DocumentNumber {
		Objects.requireNonNull(kind, "kind");
		if (number < 1) {
			throw new IllegalArgumentException("document numbers start at 1: " + number);
		}
	}

	/** As the office writes it: 2024年第3期. */
	public String label() {
		return year + "年第" + number + "期";
	}
}
