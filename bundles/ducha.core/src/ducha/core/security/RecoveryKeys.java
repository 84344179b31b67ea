package ducha.core.security;

import java.nio.file.Path;

/**
 * The office's recovery key pair: its public key in the database (every record's data key is wrapped for it too),
 * its private key only in the one file written when it is made, for the office to keep offline (a safe, not a
 * desktop). With it, and only with it, the grants of an account whose password an administrator reset are made
 * again (see docs/install.md, key recovery).
 */
public interface RecoveryKeys {

	/** True once the office made its recovery key pair. */
	boolean exists();

	/**
	 * Makes the recovery key pair and writes its private key into {@code file} (created new, owner-only), once: a
	 * second call is refused, the private key is stored nowhere else. Needs {@code users.admin}; audited as
	 * {@code keys.recovery.export}.
	 *
	 * @throws ducha.core.ValidationException when the office has a recovery key already or the file exists
	 */
	void export(Path file, Principal actor);

	/**
	 * Reads a recovery key file.
	 *
	 * @throws ducha.core.ValidationException when the file is unreadable or is not this database's recovery key
	 */
	RecoveryKey read(Path file);
}
