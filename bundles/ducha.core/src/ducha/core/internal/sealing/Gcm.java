package ducha.core.internal.sealing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM as every sealed value of the platform is written: a random 12-byte IV, then ciphertext and tag,
 * authenticated with associated data that says what the value is (a purpose, a petition, an account), so that a
 * value moved to another place does not open there. Used by the key files' sealer and by envelope encryption.
 */
public final class Gcm {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final SecureRandom RANDOM = new SecureRandom();

	private Gcm() {
	}

	public static byte[] seal(SecretKey key, byte[] aad, byte[] plain) throws GeneralSecurityException {
		byte[] iv = newIv();
		byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, aad, iv).doFinal(plain);
		byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
		System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
		return out;
	}

	/** @throws GeneralSecurityException for a wrong key, other associated data or altered bytes */
	public static byte[] open(SecretKey key, byte[] aad, byte[] sealed) throws GeneralSecurityException {
		if (sealed == null || sealed.length < IV_BYTES) {
			throw new GeneralSecurityException("too short");
		}
		return cipher(Cipher.DECRYPT_MODE, key, aad, Arrays.copyOf(sealed, IV_BYTES)).doFinal(sealed, IV_BYTES,
				sealed.length - IV_BYTES);
	}

	/** Writes the IV into target and returns the stream that seals into it. */
	public static OutputStream sealing(SecretKey key, byte[] aad, OutputStream target)
			throws GeneralSecurityException, IOException {
		byte[] iv = newIv();
		Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, aad, iv);
		target.write(iv);
		return new CipherOutputStream(target, cipher);
	}

	/** Reads the IV from source and returns the stream of the plain bytes. */
	public static InputStream opening(SecretKey key, byte[] aad, InputStream source)
			throws GeneralSecurityException, IOException {
		byte[] iv = source.readNBytes(IV_BYTES);
		if (iv.length < IV_BYTES) {
			throw new GeneralSecurityException("too short");
		}
		return new CipherInputStream(source, cipher(Cipher.DECRYPT_MODE, key, aad, iv));
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] aad, byte[] iv) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(aad);
		return cipher;
	}

	private static byte[] newIv() {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		return iv;
	}
}
