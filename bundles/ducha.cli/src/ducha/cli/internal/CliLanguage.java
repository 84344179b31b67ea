package ducha.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;

import ducha.core.DataFolder;

/**
 * The language of the command line. Chinese unless English is chosen explicitly (system property
 * {@code ducha.language} or {@code language} in {@code ducha.properties}, the setting the workbench writes):
 * servers usually run with the C locale, which Java reports as English, so the JVM locale cannot decide.
 */
public final class CliLanguage {

	public static final String PROPERTY = "ducha.language";

	private static volatile Locale locale;

	private CliLanguage() {
	}

	public static Locale locale() {
		Locale l = locale;
		if (l == null) {
			l = configured().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
			locale = l;
		}
		return l;
	}

	private static String configured() {
		String property = System.getProperty(PROPERTY);
		if (property != null && !property.isBlank()) {
			return property.strip();
		}
		Path config = DataFolder.configFile();
		if (Files.isRegularFile(config)) {
			Properties properties = new Properties();
			try (InputStream in = Files.newInputStream(config)) {
				properties.load(in);
				return properties.getProperty("language", "").strip();
			} catch (IOException | IllegalArgumentException e) {
				// an unreadable configuration is reported by the persistence layer; the language stays Chinese
			}
		}
		return "";
	}

	/** The resource bundle {@code baseName} in the CLI's language; English is the base file. */
	public static ResourceBundle bundle(String baseName, ClassLoader loader) {
		return ResourceBundle.getBundle(baseName, locale(), loader,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/**
	 * Fills the public static String fields of an NLS-style messages class from {@code messages.properties} in its
	 * package, in the CLI's language (Eclipse's NLS follows the JVM locale instead).
	 */
	public static void initializeMessages(Class<?> messagesClass) {
		String baseName = messagesClass.getPackageName() + ".messages";
		ResourceBundle bundle = bundle(baseName, messagesClass.getClassLoader());
		for (Field field : messagesClass.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (!Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || field.getType() != String.class) {
				continue;
			}
			String value;
			try {
				value = bundle.getString(field.getName());
			} catch (MissingResourceException e) {
				value = "!" + field.getName() + "!";
			}
			try {
				field.set(null, value);
			} catch (IllegalAccessException e) {
				throw new IllegalStateException(messagesClass.getName() + "." + field.getName() + " is not public", e);
			}
		}
	}
}
