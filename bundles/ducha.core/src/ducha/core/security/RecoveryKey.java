package ducha.core.security;

import java.security.PrivateKey;

/**
 * The office's recovery private key, read from the file {@link RecoveryKeys#export} wrote (kept offline by the
 * office): it unwraps the recovery grant every record's data key has, to re-grant an account whose key pair an
 * administrator's password reset replaced. Held in memory for one command only.
 *
 * @param keyId      the fingerprint of its public key (checked against the database's)
 * @param privateKey the private key
 */
public record RecoveryKey(String keyId, PrivateKey privateKey) {

	@Override
	public String toString() {
		return "RecoveryKey[" + keyId + "]";
	}
}
