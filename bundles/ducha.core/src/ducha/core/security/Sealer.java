package ducha.core.security;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Encrypts data with AES-256-GCM under a key of a purpose ({@code petitions}, {@code attachments}, ...), so that a
 * copied database (or a backup of it alone) does not reveal what plugins keep confidential. A sealed value is the
 * 12-byte IV followed by ciphertext and tag, authenticated with the purpose, so a value sealed for one purpose does
 * not open for another.
 * The keys live outside the database, in one data folder. Confidential records that every desktop must open
 * (petitions) use {@link Envelopes} instead; what was sealed here before still opens where the key file is.
 */
public interface Sealer {

	byte[] seal(String purpose, byte[] plain);

	/** @throws ducha.core.DuchaException when the key is missing or is not the one the value was sealed with */
	byte[] open(String purpose, byte[] sealed);

	/** A stream that seals what is written into {@code target}; closing it finishes the seal and closes target. */
	OutputStream sealing(String purpose, OutputStream target);

	/**
	 * A stream of the plain bytes of {@code source}; a wrong key or altered bytes fail with an IOException when read.
	 * (GCM authenticates at the end: the JDK holds the ciphertext until then, so memory grows with the file.)
	 */
	InputStream opening(String purpose, InputStream source);
}
