package ducha.core.internal.keys;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.ILog;

import ducha.core.DuchaException;
import ducha.core.internal.keys.SessionKeys.Unlocked;

/**
 * The key pairs of accounts in {@code account_key}, inside the caller's transaction (the user service's log-in,
 * account creation and password changes, the demo court).
 */
public final class AccountKeys {

	private AccountKeys() {
	}

	/** Makes (or replaces) the holder's key pair, the private key sealed under {@code kek}; returns it unlocked. */
	public static Unlocked create(EntityManager em, String holder, byte[] kek) {
		try {
			KeyPair pair = KeyPairs.generate();
			byte[] publicKey = pair.getPublic().getEncoded();
			String keyId = KeyPairs.keyId(publicKey);
			String sealed = kek == null ? null
					: Base64.getEncoder().encodeToString(KeyPairs.sealPrivate(pair.getPrivate(), kek, holder));
			AccountKeyEntity row = em.find(AccountKeyEntity.class, holder);
			if (row == null) {
				row = new AccountKeyEntity(holder);
				row.replace(keyId, Base64.getEncoder().encodeToString(publicKey), sealed);
				em.persist(row);
			} else {
				row.replace(keyId, Base64.getEncoder().encodeToString(publicKey), sealed);
			}
			return new Unlocked(keyId, pair.getPrivate());
		} catch (GeneralSecurityException e) {
			throw new DuchaException(e.getMessage(), e);
		}
	}

	/** The holder's private key opened with {@code kek}; empty when none is stored or the key does not open it. */
	public static Optional<Unlocked> unlock(EntityManager em, String holder, byte[] kek) {
		AccountKeyEntity row = em.find(AccountKeyEntity.class, holder);
		if (row == null || row.privateKey() == null || kek == null || kek.length == 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Unlocked(row.keyId(),
					KeyPairs.openPrivate(Base64.getDecoder().decode(row.privateKey()), kek, holder)));
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			ILog.of(AccountKeys.class).warn("The private key of " + holder + " does not open with its password", e);
			return Optional.empty();
		}
	}

	/** Seals the (unchanged) private key under a new key-encryption key: the password changed. */
	public static void reseal(EntityManager em, String holder, Unlocked key, byte[] kek) {
		AccountKeyEntity row = em.find(AccountKeyEntity.class, holder);
		if (row == null || !row.keyId().equals(key.keyId())) {
			create(em, holder, kek);
			return;
		}
		try {
			row.reseal(Base64.getEncoder().encodeToString(KeyPairs.sealPrivate(key.key(), kek, holder)));
		} catch (GeneralSecurityException e) {
			throw new DuchaException(e.getMessage(), e);
		}
	}

	public static void remove(EntityManager em, String holder) {
		AccountKeyEntity row = em.find(AccountKeyEntity.class, holder);
		if (row != null) {
			em.remove(row);
		}
	}
}
