package ducha.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum constant with the Chinese label that ledgers and views show. A ledger cell may hold the label or the
 * constant's name; the labels are a file format (never translated).
 */
public interface Labelled {

	String label();

	/** The constant whose label, or name (case-insensitive), is the text; null when none is (or for null). */
	static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (E constant : type.getEnumConstants()) {
			if (constant.label().equals(t) || constant.name().equalsIgnoreCase(t)) {
				return constant;
			}
		}
		return null;
	}

	/** The labels in declaration order, as a ledger problem names the accepted values: 在职、借调、退休、调离. */
	static <E extends Enum<E> & Labelled> String accepted(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining("、"));
	}
}
