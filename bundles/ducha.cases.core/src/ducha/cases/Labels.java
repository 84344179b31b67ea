package ducha.cases;

import java.util.ResourceBundle;
import java.util.function.Function;

import ducha.core.Language;

/**
 * The labels of the plugin's enums, from {@code labels.properties} (English) or {@code labels_zh_CN.properties} in
 * the cores' language, keyed by the enum's simple name and the constant (e.g. {@code OrderStatus.OPEN}); and how the
 * enums read a value from a ledger cell or the command line: by label or by constant name. The labels of
 * {@link FindingType} and {@link CaseStatus} are values of ledger files and stay in their enums.
 */
final class Labels {

	private static final ResourceBundle LABELS = ResourceBundle.getBundle(Labels.class.getPackageName() + ".labels",
			Language.locale(), Labels.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private Labels() {
	}

	/** The label of a constant. */
	static String of(Enum<?> value) {
		return LABELS.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
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
