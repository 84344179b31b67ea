package ducha.core;

import java.nio.file.Path;

/**
 * The user's Ducha data folder: configuration ({@code ducha.properties}), the embedded database, backups, keys
 * and attachments. {@code -Dducha.data=DIR} moves it (tests and portable installs); the default is
 * {@code ~/.ducha}.
 */
public final class DataFolder {

	public static final String PROPERTY = "ducha.data";

	private DataFolder() {
	}

	public static Path get() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".ducha");
	}

	/** {@code ducha.properties} in the data folder: database connection and language. */
	public static Path configFile() {
		return get().resolve("ducha.properties");
	}
}
