package ducha.cli.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import ducha.core.Language;

/**
 * The language of the command line: the cores' {@link Language} (Chinese unless English is chosen with
 * {@code ducha.language} or {@code language} in {@code ducha.properties}), so that a command's output, its help and
 * the refusals of the services it calls never mix languages.
 */
public final class CliLanguage {

	public static final String PROPERTY = Language.PROPERTY;

	private CliLanguage() {
	}

	public static Locale locale() {
		return Language.locale();
	}

	/** The resource bundle {@code baseName} in the CLI's language; English is the base file. */
	public static ResourceBundle bundle(String baseName, ClassLoader loader) {
		return ResourceBundle.getBundle(baseName, locale(), loader,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** Fills the String fields of an NLS-style messages class from {@code messages*.properties} beside it. */
	public static void initializeMessages(Class<?> messagesClass) {
		Language.initializeMessages(messagesClass);
	}
}
