package ducha.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

import ducha.core.Language;

/**
 * SPI (OSGi service): the words for the actions a plugin records in the audit log ({@code cases.mark} → 标记案件),
 * so that the audit view says what was done instead of showing the id. Like a {@code PermissionProvider}, every
 * plugin registers one for its own actions; {@link AuditActionLabels} asks them all, so an action of a removed
 * plugin, or one nobody declares, is shown by its id.
 */
public interface AuditActions {

	/** Each action id the plugin records, with its label in the user's language. */
	Map<String, String> labels();

	/**
	 * The labels of {@code audit_actions.properties} (English) and {@code audit_actions_zh_CN.properties} (Chinese)
	 * in the package of the given class, one line per action ({@code cases.mark = 标记案件}), in
	 * {@link Language#locale()}: a plugin's implementation is one line.
	 */
	static Map<String, String> fromProperties(Class<?> owner) {
		ResourceBundle bundle = ResourceBundle.getBundle(owner.getPackageName() + ".audit_actions",
				Language.locale(), owner.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		Map<String, String> labels = new LinkedHashMap<>();
		for (String action : bundle.keySet()) {
			labels.put(action, bundle.getString(action));
		}
		return Map.copyOf(labels);
	}
}
