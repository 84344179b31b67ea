package ducha.core.security;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import javax.crypto.SecretKey;

/**
 * Envelope encryption: a confidential record (a petition) is sealed with its own random data key, and that key is
 * wrapped for the public key of every account allowed to open the record. Each account's key pair is made by the
 * platform (at its creation, or its first log-in after keys came); the private key is stored encrypted under a key
 * derived from the account's password and is unlocked, for the session only, by logging in. So nobody holding the
 * database, a data folder and an administrator's rights can open a record without a grant; any desktop of a holder
 * can. Wrapping needs only public keys (anyone can grant); unwrapping needs the holder's own logged-in session.
 * <p>
 * Every value and every wrapped key is bound by its {@code context} (e.g. {@code petition:XF2026-004:reporter}):
 * moved to another record it does not open. The owning plugin keeps the wrapped keys with its records.
 */
public interface Envelopes {

	/** The holder name of the office's recovery key pair (its private key is kept offline). */
	String RECOVERY = "#recovery";

	/** A new random AES-256 data key. */
	SecretKey newDataKey();

	/**
	 * The data key wrapped for the holder's current public key; empty when the holder has no key pair (an account
	 * that has not logged in since keys came, or no recovery key set up).
	 */
	Optional<WrappedKey> wrap(SecretKey dataKey, String holder, String context);

	/** True when the wrapped key was made for its holder's current key pair. */
	boolean current(WrappedKey wrapped);

	/**
	 * Unwraps with the private key of the actor's logged-in session.
	 *
	 * @throws KeyUnavailableException when the key is not the actor's, is stale, or the session holds no key
	 */
	SecretKey unwrap(WrappedKey wrapped, String context, Principal actor);

	/**
	 * Unwraps the recovery grant with the office's recovery key.
	 *
	 * @throws KeyUnavailableException when the wrapped key is not the recovery grant of that recovery key
	 */
	SecretKey recover(WrappedKey wrapped, String context, RecoveryKey recovery);

	/** True when the actor's session holds its private key (it logged in with its password). */
	boolean unlocked(Principal actor);

	/** AES-256-GCM with the context as associated data. */
	byte[] seal(SecretKey dataKey, String context, byte[] plain);

	/** @throws ducha.core.DuchaException for a wrong key, another context or altered bytes */
	byte[] open(SecretKey dataKey, String context, byte[] sealed);

	/** A stream that seals what is written into target; closing it finishes the seal and closes target. */
	OutputStream sealing(SecretKey dataKey, String context, OutputStream target);

	/** The plain bytes of source; a wrong key, context or altered bytes fail with an IOException when read. */
	InputStream opening(SecretKey dataKey, String context, InputStream source);
}
