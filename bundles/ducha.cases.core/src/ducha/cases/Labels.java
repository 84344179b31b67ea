package ducha.cases;

import java.util.function.Function;

/** How the plugin's enums read a value from a ledger cell or the command line: by label or by constant name. */
final class Labels {

	private Labels() {
	}

	/**
	 * The constant whose label (e.g. 瑕疵案件) or name (e.g. DEFECTIVE_CASE, any case) is the stripped text; null for
	 * null or an unknown text.
	 */
	static <E extends Enum<E>> E parse(E[] values, Function<E, String> label, String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (E value : values) {
			if (label.apply(value).equals(t) || value.name().equalsIgnoreCase(t)) {
				return value;
			}
		}
		return null;
	}
}
