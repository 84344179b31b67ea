package ducha.core;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An enum constant with the Chinese label that ledgers and views show. A ledger cell may hold the label or the
 * constant's name; the labels are a file format (never translated).
 */
public interface Labelled {

	String label();

	/**
	 * Other words offices use for this value (文书表述不准确 for 裁判文书表述不准确), read as it wherever the label is;
	 * a court adds its own in {@code ledger.aliases} (docs/ledgers.md). None by default.
	 */
	default List<String> aliases() {
		return List.of();
	}

	/**
	 * The constant whose label, name (case-insensitive) or one of whose {@link #aliases()} is the text; null when
	 * none is (or for null).
	 */
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
		for (E constant : type.getEnumConstants()) {
			if (constant.aliases().contains(t)) {
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
