package ducha.petitions;

import java.util.function.Function;

/** Parsing of the enums' Chinese labels. */
final class Labels {

	private Labels() {
	}

	static <E extends Enum<E>> E parse(E[] values, String text, Function<E, String> label) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (E e : values) {
			if (label.apply(e).equals(t) || e.name().equalsIgnoreCase(t)) {
				return e;
			}
		}
		return null;
	}
}
