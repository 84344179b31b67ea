package ducha.core.security;

/**
 * A data key wrapped (encrypted) for one holder's public key: only that holder's private key unwraps it.
 *
 * @param holder the account name, or {@link Envelopes#RECOVERY} for the office's recovery key
 * @param keyId  the fingerprint of the public key it was wrapped for: a key pair replaced since (an administrator's
 *               password reset) leaves it stale
 * @param bytes  the wrapped key
 */
public record WrappedKey(String holder, String keyId, byte[] bytes) {
}
