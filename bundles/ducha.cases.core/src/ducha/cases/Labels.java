package ducha.cases;

import java.util.ResourceBundle;

import ducha.core.Language;

/**
 * The labels of the plugin's enums, from {@code labels.properties} (English) or {@code labels_zh_CN.properties} in
 * the cores' language, keyed by the enum's simple name and the constant (e.g. {@code OrderStatus.OPEN}). The enums
 * read a value from a ledger cell or the command line by label or by constant name
 * ({@link ducha.core.Labelled#parse}). The labels of {@link FindingType} and {@link CaseStatus} are values of
 * ledger files and stay in their enums.
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
}
