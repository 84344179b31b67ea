package ducha.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/**
 * The user's Ducha data folder: configuration ({@code ducha.properties}), the embedded database, backups, keys
 * and attachments. {@code -Dducha.data=DIR} moves it (tests and portable installs); the default is
 * {@code ~/.ducha}.
 */
public final class DataFolder {

	public static final String PROPERTY = "ducha.data";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	private DataFolder() {
	}

	public static Path get() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".ducha");
	}

	/**
	 * Creates the data folder when it does not exist, readable by its owner only where the file system knows
	 * permissions (it holds the database, keys, backups and the shared database's password); an existing folder is
	 * left as the user set it up.
	 */
	public static Path create() throws IOException {
		return create(get());
	}

	/** As {@link #create()} for a given folder: owner-only from its first moment, not after it was made. */
	public static Path create(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Path parent = folder.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
			try {
				if (posix) {
					Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
					// the umask may only take permissions away: set them exactly
					Files.setPosixFilePermissions(folder, OWNER_ONLY);
				} else {
					Files.createDirectory(folder);
				}
			} catch (FileAlreadyExistsException e) {
				// another process made it meanwhile: left as it is, unless it is no folder
				if (!Files.isDirectory(folder)) {
					throw e;
				}
			}
		}
		return folder;
	}

	/**
	 * A plugin's settings file in the data folder (e.g. {@code cases.properties}), read as UTF-8; empty when the
	 * file does not exist, so every key keeps its default.
	 *
	 * @throws ValidationException naming the file when it cannot be read
	 */
	public static Properties readSettings(String fileName) {
		return readSettings(get().resolve(fileName));
	}

	/** As {@link #readSettings(String)} for a given file. */
	public static Properties readSettings(Path file) {
		Properties properties = new Properties();
		if (!Files.isRegularFile(file)) {
			return properties;
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new ValidationException(file + ": 无法读取（" + e.getMessage() + "），请保存为 UTF-8");
		}
		return properties;
	}

	/** {@code ducha.properties} in the data folder: database connection and language. */
	public static Path configFile() {
		return get().resolve("ducha.properties");
	}
}
