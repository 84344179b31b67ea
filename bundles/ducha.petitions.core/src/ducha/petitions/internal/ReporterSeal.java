package ducha.petitions.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Component;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.petitions.Reporter;

/**
 * Seals reporter identities and attachments with AES-256-GCM. The key is a file in the data folder
 * ({@code keys/petitions.key}), outside the database, created on first use readable by its owner only: a copied
 * database (or a backup of it alone) does not reveal a reporter. Losing the key loses the identities, so the
 * installation guide tells IT to back the key folder up separately.
 */
@Component(service = ReporterSeal.class)
public class ReporterSeal {

	static final String KEY_FILE = "keys/petitions.key";

	private static final String FORMAT = "v1:";
	private static final byte[] CONTEXT = "ducha.petitions.v1".getBytes(StandardCharsets.US_ASCII);
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final char SEPARATOR = '\u0000';

	private final SecureRandom random = new SecureRandom();
	private volatile SecretKey key;

	/** The sealed identity, or null for an anonymous reporter. */
	public String seal(Reporter reporter) {
		if (reporter.anonymous()) {
			return null;
		}
		String contact = reporter.contact() == null ? "" : reporter.contact();
		byte[] plain = (reporter.name() + SEPARATOR + contact).getBytes(StandardCharsets.UTF_8);
		return FORMAT + Base64.getEncoder().encodeToString(seal(plain));
	}

	public Reporter open(String sealed) {
		if (sealed == null) {
			return Reporter.ANONYMOUS;
		}
		if (!sealed.startsWith(FORMAT)) {
			throw new DuchaException("举报人信息的存储格式无法识别");
		}
		String plain = new String(open(Base64.getDecoder().decode(sealed.substring(FORMAT.length()))),
				StandardCharsets.UTF_8);
		int at = plain.indexOf(SEPARATOR);
		String contact = plain.substring(at + 1);
		return Reporter.named(plain.substring(0, at), contact.isEmpty() ? null : contact);
	}

	/** IV followed by ciphertext and tag. */
	public byte[] seal(byte[] plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(CONTEXT);
			byte[] sealed = cipher.doFinal(plain);
			byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return out;
		} catch (GeneralSecurityException e) {
			throw new DuchaException("加密失败: " + e.getMessage(), e);
		}
	}

	public byte[] open(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
			cipher.updateAAD(CONTEXT);
			return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
		} catch (GeneralSecurityException e) {
			throw new DuchaException("无法解密：数据文件夹中的密钥文件 " + KEY_FILE + " 缺失或与数据库不匹配（请从备份恢复密钥）", e);
		}
	}

	private SecretKey key() {
		SecretKey k = key;
		if (k == null) {
			synchronized (this) {
				if (key == null) {
					key = new SecretKeySpec(loadOrCreate(DataFolder.get().resolve(KEY_FILE)), "AES");
				}
				k = key;
			}
		}
		return k;
	}

	private byte[] loadOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			byte[] bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			if (bytes.length != 32) {
				throw new DuchaException("密钥文件 " + file + " 已损坏（应为 256 位密钥）");
			}
			return bytes;
		} catch (IOException | IllegalArgumentException e) {
			throw new DuchaException("无法读取或创建密钥文件 " + file + ": " + e.getMessage(), e);
		}
	}

	/** Written beside the target and moved into place, so that two processes never see half a key. */
	private void create(Path file) throws IOException {
		Path folder = file.getParent();
		Files.createDirectories(folder);
		byte[] bytes = new byte[32];
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
