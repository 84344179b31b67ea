package ducha.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of the texts the platform and the plugins' cores produce (problems of a ledger file, progress of an
 * import). Chinese unless English is chosen explicitly, with the system property {@value #PROPERTY} or
 * {@code language} in {@code ducha.properties}: servers usually run with the C locale, which Java reports as
 * English, so the JVM locale cannot decide.
 */
public final class Language {

	public static final String PROPERTY = "ducha.language";

	private Language() {
	}

	/** {@link Locale#ENGLISH} when chosen, otherwise {@link Locale#SIMPLIFIED_CHINESE}. */
	public static Locale locale() {
		String chosen = System.getProperty(PROPERTY);
		if (chosen == null || chosen.isBlank()) {
			try {
				chosen = DataFolder.readSettings(DataFolder.configFile()).getProperty("language", "");
			} catch (ValidationException unreadable) {
				// the persistence layer reports an unreadable configuration; the texts stay Chinese
				chosen = "";
			}
		}
		return chosen.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	/**
	 * A message of a messages class filled by {@link #initializeMessages}: {@link MessageFormat} with the arguments
	 * as plain text, so that numbers keep their digits ungrouped (row 1234 stays "1234", as users find it in their
	 * spreadsheet) and no argument depends on a locale.
	 */
	public static String format(String pattern, Object... arguments) {
		Object[] plain = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			plain[i] = arguments[i] == null ? "" : String.valueOf(arguments[i]);
		}
		return new MessageFormat(pattern, Locale.ROOT).format(plain);
	}

	/**
	 * Fills the static String fields of an NLS-style messages class (public or not) from {@code messages.properties}
	 * (English) or {@code messages_zh_CN.properties} in its package, in {@link #locale()}.
	 */
	public static void initializeMessages(Class<?> messagesClass) {
		ResourceBundle bundle = ResourceBundle.getBundle(messagesClass.getPackageName() + ".messages", locale(),
				messagesClass.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		for (Field field : messagesClass.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && field.getType() == String.class) {
				try {
					// a messages class is often package-private inside its bundle; its fields are still its texts
					field.setAccessible(true);
					field.set(null, bundle.getString(field.getName()));
				} catch (MissingResourceException e) {
					throw new IllegalStateException(messagesClass.getName() + ": no text for " + field.getName(), e);
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(messagesClass.getName() + "." + field.getName() + " is not public",
							e);
				}
			}
		}
	}
}
