package ducha.core.spi;

import java.util.Optional;

import ducha.core.security.Principal;
import ducha.core.security.RecoveryKey;

/**
 * A plugin that keeps data keys wrapped for accounts (envelope encryption, {@link ducha.core.security.Envelopes}),
 * registered as an OSGi service: {@code ducha-cli keys regrant} asks each to grant an account again.
 */
public interface KeyGrantStore {

	/** The plugin's id, printed with its count. */
	String id();

	/**
	 * Wraps the data key of every record the account may open but holds no current grant of (its key pair was
	 * replaced by an administrator's password reset), unwrapping with the recovery key when given, otherwise with
	 * the actor's own grants. Audited per record.
	 *
	 * @return the number of records granted
	 */
	int regrant(String username, Optional<RecoveryKey> recovery, Principal actor);
}
