package ducha.core.internal.keys;

import java.security.PrivateKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

/**
 * The private keys unlocked by the log-ins of this process, in memory only (never in a file or a log): the
 * workbench's one user, the command line's one account, several in a test. Filled by the user service at each
 * good log-in; a key replaced by a password reset is dropped.
 */
@Component(service = SessionKeys.class)
public class SessionKeys {

	/** A private key with the id of its key pair. */
	public record Unlocked(String keyId, PrivateKey key) {
	}

	private final Map<String, Unlocked> keys = new ConcurrentHashMap<>();

	public void put(String username, Unlocked unlocked) {
		keys.put(username, unlocked);
	}

	public Optional<Unlocked> get(String username) {
		return Optional.ofNullable(keys.get(username));
	}

	public void forget(String username) {
		keys.remove(username);
	}
}
