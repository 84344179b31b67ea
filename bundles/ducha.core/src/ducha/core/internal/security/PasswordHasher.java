package ducha.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.core.runtime.ILog;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes. One PBKDF2 run per log-in gives two keys: the verifier that is stored,
 * {@code HMAC(pbkdf2, "verify")}, and the account's key-encryption key, {@code HMAC(pbkdf2, "kek")}, which unlocks
 * its private key (envelope encryption) and is never stored; a second 600,000-iteration run per log-in would double
 * its cost. Stored as {@code pbkdf2-sha256-kek$iterations$salt$verifier} (Base64), so that the work factor can be
 * raised without breaking stored hashes. Hashes of the earlier format {@code pbkdf2-sha256$iterations$salt$hash}
 * (the PBKDF2 output itself, from which no key can be derived) and of a lower work factor still match and are
 * replaced at the next good log-in ({@link #needsRehash}). The work factor is OWASP's for PBKDF2-HMAC-SHA256
 * (600,000 iterations, password storage cheat sheet, 2023).
 * <p>
 * Test runs lower it with the system property {@value #TEST_WORK_FACTOR_PROPERTY}: each test log-in would otherwise
 * cost 150 ms of CPU, which was more than half of the whole test suite's time. The product's launchers never set it
 * (check-archives.sh fails an archive whose launcher configuration names a {@code ducha.test.} property), a lowered
 * factor is logged as a warning, and hashes made with it are replaced by full-strength ones at the next log-in of a
 * desktop without the property ({@link #needsRehash}).
 */
public final class PasswordHasher {

	/** A new hash with the key-encryption key of the same PBKDF2 run. */
	public record Hashed(String stored, byte[] kek) {
	}

	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
	private static final String PREFIX = "pbkdf2-sha256-kek";
	private static final String OLD_PREFIX = "pbkdf2-sha256";
	/** The work factor of every hash the product makes. */
	public static final int WORK_FACTOR = 600_000;
	/** The system property by which the tests lower the work factor (a positive number of iterations). */
	public static final String TEST_WORK_FACTOR_PROPERTY = "ducha.test.passwordIterations";
	private static final int SALT_BYTES = 16;
	private static final int HASH_BITS = 256;
	private static final byte[] NO_KEK = new byte[0];
	private static final AtomicBoolean LOWERED_LOGGED = new AtomicBoolean();

	private final SecureRandom random = new SecureRandom();

	/** The work factor a hasher uses given the test property's value (null when it is not set). */
	private static int workFactor(String testProperty) {
		if (testProperty == null || testProperty.isBlank()) {
			return WORK_FACTOR;
		}
		int lowered;
		try {
			lowered = Integer.parseInt(testProperty.strip());
		} catch (NumberFormatException e) {
			throw new IllegalStateException(TEST_WORK_FACTOR_PROPERTY + " is not a number: " + testProperty, e);
		}
		if (lowered < 1) {
			throw new IllegalStateException(TEST_WORK_FACTOR_PROPERTY + " must be positive: " + testProperty);
		}
		if (lowered < WORK_FACTOR && LOWERED_LOGGED.compareAndSet(false, true)) {
			ILog.of(PasswordHasher.class).warn("Password hashes use " + lowered + " PBKDF2 iterations instead of "
					+ WORK_FACTOR + " (" + TEST_WORK_FACTOR_PROPERTY + "): for test runs only");
		}
		return lowered;
	}

	/**
	 * The number of PBKDF2 iterations of the hashes made now: the product's work factor, or the tests' while
	 * {@value #TEST_WORK_FACTOR_PROPERTY} is set (read at each hash, so a test can clear it and see the product's).
	 */
	public static int iterations() {
		return workFactor(System.getProperty(TEST_WORK_FACTOR_PROPERTY));
	}

	public Hashed hash(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		int iterations = iterations();
		byte[] derived = derive(password, salt, iterations);
		Base64.Encoder b64 = Base64.getEncoder();
		return new Hashed(PREFIX + '$' + iterations + '$' + b64.encodeToString(salt) + '$'
				+ b64.encodeToString(hmac(derived, "verify")), hmac(derived, "kek"));
	}

	/** True when the stored hash is of the earlier format, of fewer iterations than today's, or cannot be read. */
	public boolean needsRehash(String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		try {
			return parts.length != 4 || !PREFIX.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations();
		} catch (NumberFormatException e) {
			return true;
		}
	}

	/**
	 * The key-encryption key when the password matches (compared in constant time); an empty array when it matches
	 * a hash of the earlier format, which yields no key; empty when it does not match or the stored hash is
	 * malformed.
	 */
	public Optional<byte[]> unlock(char[] password, String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		boolean current = parts.length == 4 && PREFIX.equals(parts[0]);
		boolean old = parts.length == 4 && OLD_PREFIX.equals(parts[0]);
		if (!current && !old || password == null || password.length == 0) {
			burn(password);
			return Optional.empty();
		}
		try {
			int storedIterations = Integer.parseInt(parts[1]);
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			byte[] derived = derive(password, salt, storedIterations);
			if (old) {
				return MessageDigest.isEqual(expected, derived) ? Optional.of(NO_KEK) : Optional.empty();
			}
			return MessageDigest.isEqual(expected, hmac(derived, "verify")) ? Optional.of(hmac(derived, "kek"))
					: Optional.empty();
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** True when the password matches (see {@link #unlock}). */
	public boolean matches(char[] password, String stored) {
		return unlock(password, stored).isPresent();
	}

	/** Spends the same time as a real check, so that unknown user names cannot be told apart by timing. */
	public void burn(char[] password) {
		// the JDK refuses to derive from an empty password
		derive(password == null || password.length == 0 ? new char[] { '-' } : password, new byte[SALT_BYTES],
				iterations());
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

	private static byte[] hmac(byte[] key, String label) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
		}
	}
}
