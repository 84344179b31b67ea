package ducha.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * The credentials file of a scheduled job ({@code --credentials FILE} or {@code DUCHA_CREDENTIALS}): a properties
 * file with {@code user=} and {@code password=}, in UTF-8. Like ssh with a private key, it is refused when group
 * or others may read or write it, because then the password is no longer the account holder's secret.
 */
final class CredentialsFile {

	private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	/** User name and password; the caller clears the password after use. */
	record Credentials(String user, char[] password) {
	}

	private CredentialsFile() {
	}

	/** @throws LoginRefusedException when the file is missing, open to others or incomplete */
	static Credentials read(Path file) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new LoginRefusedException(NLS.bind(Messages.credentialsMissing, file.toAbsolutePath()));
		}
		requireOwnerOnly(file);
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			throw new LoginRefusedException(
					NLS.bind(Messages.credentialsUnreadable, file.toAbsolutePath(), e.getMessage()));
		}
		String user = properties.getProperty("user", "").strip();
		String password = properties.getProperty("password", "");
		if (user.isEmpty() || password.isEmpty()) {
			throw new LoginRefusedException(NLS.bind(Messages.credentialsIncomplete, file.toAbsolutePath()));
		}
		return new Credentials(user, password.toCharArray());
	}

	private static void requireOwnerOnly(Path file) {
		Set<PosixFilePermission> permissions;
		try {
			permissions = Files.getPosixFilePermissions(file);
		} catch (UnsupportedOperationException e) {
			// a file system without POSIX permissions (not where the product runs): its ACLs are the owner's job
			return;
		} catch (IOException e) {
			throw new LoginRefusedException(
					NLS.bind(Messages.credentialsUnreadable, file.toAbsolutePath(), e.getMessage()));
		}
		if (permissions.stream().anyMatch(NOT_OWNER::contains)) {
			throw new LoginRefusedException(NLS.bind(Messages.credentialsOpen, file.toAbsolutePath()));
		}
	}
}
