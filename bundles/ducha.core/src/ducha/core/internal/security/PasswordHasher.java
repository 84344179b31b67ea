package ducha.core.internal.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes, stored as {@code pbkdf2-sha256$iterations$salt$hash} (Base64) so
 * that the work factor can be raised without breaking stored hashes: a hash of an older, lower work factor still
 * matches and is replaced at the next good log-in ({@link #needsRehash}). The work factor is OWASP's for
 * PBKDF2-HMAC-SHA256 (600,000 iterations, password storage cheat sheet, 2023).
 */
public final class PasswordHasher {

	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
	private static final String PREFIX = "pbkdf2-sha256";
	private static final int ITERATIONS = 600_000;
	private static final int SALT_BYTES = 16;
	private static final int HASH_BITS = 256;

	private final SecureRandom random = new SecureRandom();

	public String hash(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		byte[] hash = derive(password, salt, ITERATIONS);
		Base64.Encoder b64 = Base64.getEncoder();
		return PREFIX + '$' + ITERATIONS + '$' + b64.encodeToString(salt) + '$' + b64.encodeToString(hash);
	}

	/** True when the stored hash was made with fewer iterations than today's (or cannot be read). */
	public boolean needsRehash(String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		try {
			return parts.length != 4 || !PREFIX.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
		} catch (NumberFormatException e) {
			return true;
		}
	}

	/** Compares in constant time; a malformed stored hash never matches. */
	public boolean matches(char[] password, String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		if (parts.length != 4 || !PREFIX.equals(parts[0]) || password.length == 0) {
			burn(password);
			return false;
		}
		try {
			int iterations = Integer.parseInt(parts[1]);
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			return MessageDigest.isEqual(expected, derive(password, salt, iterations));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** Spends the same time as a real check, so that unknown user names cannot be told apart by timing. */
	public void burn(char[] password) {
		// the JDK refuses to derive from an empty password
		derive(password == null || password.length == 0 ? new char[] { '-' } : password, new byte[SALT_BYTES],
				ITERATIONS);
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
		} finally {
			spec.clearPassword();
		}
	}
}
