package ducha.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import ducha.core.DataFolder;
import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.persistence.internal.Messages;

/**
 * The check that {@code ducha.properties} keeps the database password from the other users of the computer: the
 * persistence layer logs its warning at every start, the workbench shows it once at start and the command line
 * prints it on standard error.
 */
public final class SettingsFile {

	private static final Set<PosixFilePermission> OTHERS_READ = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.OTHERS_READ);

	private SettingsFile() {
	}

	/**
	 * The warning, in the user's language, when the file holds a {@code db.password} and its group or others may
	 * read it; empty when it holds none, cannot be read, or lives on a file system without POSIX permissions.
	 */
	public static Optional<String> passwordWarning(Path file) {
		try {
			if (!Files.isRegularFile(file) || Files.getPosixFilePermissions(file).stream().noneMatch(OTHERS_READ::contains)) {
				return Optional.empty();
			}
			String password = DataFolder.readSettings(file).getProperty("db.password", "");
			return password.isEmpty() ? Optional.empty()
					: Optional.of(Language.format(Messages.Settings_passwordReadable, file));
		} catch (UnsupportedOperationException | IOException | ValidationException e) {
			return Optional.empty();
		}
	}

	/** {@link #passwordWarning(Path)} of the data folder's {@code ducha.properties}. */
	public static Optional<String> passwordWarning() {
		return passwordWarning(DataFolder.configFile());
	}
}
