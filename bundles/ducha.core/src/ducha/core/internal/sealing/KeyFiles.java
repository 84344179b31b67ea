package ducha.core.internal.sealing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.osgi.util.NLS;

import ducha.core.DataFolder;
import ducha.core.DuchaException;

/**
 * Where the sealing keys come from: one AES-256 key per purpose in {@code keys/<purpose>.key} of the data folder
 * (Base64), created on first use readable by its owner only. The petitions plugin's key of earlier versions,
 * {@code keys/petitions.key}, is simply the key of purpose {@code petitions}. This is the only class that knows
 * where keys are kept: envelope encryption (a key encrypting these keys, held elsewhere) replaces it alone.
 */
final class KeyFiles {

	private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9.-]{0,40}");
	private static final int KEY_BYTES = 32;

	private final SecureRandom random;
	private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();

	KeyFiles(SecureRandom random) {
		this.random = random;
	}

	static String checked(String purpose) {
		if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
			throw new IllegalArgumentException("purpose: " + purpose);
		}
		return purpose;
	}

	static String fileOf(String purpose) {
		return "keys/" + checked(purpose) + ".key";
	}

	SecretKey key(String purpose) {
		return keys.computeIfAbsent(checked(purpose),
				p -> new SecretKeySpec(loadOrCreate(DataFolder.get().resolve(fileOf(p))), "AES"));
	}

	private byte[] loadOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			byte[] bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			if (bytes.length != KEY_BYTES) {
				throw new DuchaException(NLS.bind(Messages.keyDamaged, file));
			}
			return bytes;
		} catch (IOException | IllegalArgumentException e) {
			throw new DuchaException(NLS.bind(Messages.keyUnreadable, file, e.getMessage()), e);
		}
	}

	/** Written beside the target and moved into place, so that two processes never see half a key. */
	private void create(Path file) throws IOException {
		Path folder = file.getParent();
		Files.createDirectories(folder);
		byte[] bytes = new byte[KEY_BYTES];
		random.nextBytes(bytes);
		Path temp = Files.createTempFile(folder, "key", ".tmp");
		try {
			ownerOnly(temp);
			Files.writeString(temp, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, file);
			}
		} catch (FileAlreadyExistsException e) {
			// another process created it first: use theirs
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}
}
