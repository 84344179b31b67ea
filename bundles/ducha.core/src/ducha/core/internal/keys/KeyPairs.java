package ducha.core.internal.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.KEM;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import ducha.core.internal.sealing.Gcm;

/**
 * The cryptography of account keys, JDK only: X25519 key pairs; a data key is wrapped for a public key with DHKEM
 * (RFC 9180) and AES-256-GCM, as {@code encapsulation (32 bytes) | IV | ciphertext | tag}; a private key is sealed
 * under a key-encryption key with AES-256-GCM, its holder's name as associated data (a sealed key copied to another
 * account does not open).
 */
final class KeyPairs {

	private static final String CURVE = "X25519";
	private static final int ENCAPSULATION_BYTES = 32;

	private KeyPairs() {
	}

	static KeyPair generate() throws GeneralSecurityException {
		return KeyPairGenerator.getInstance(CURVE).generateKeyPair();
	}

	/** Hex of the first 16 bytes of the public key's SHA-256: names a key pair in wrapped keys. */
	static String keyId(byte[] publicKey) throws GeneralSecurityException {
		return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(publicKey), 16));
	}

	static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
		return KeyFactory.getInstance("XDH").generatePublic(new X509EncodedKeySpec(x509));
	}

	static byte[] sealPrivate(PrivateKey key, byte[] kek, String holder) throws GeneralSecurityException {
		return Gcm.seal(new SecretKeySpec(kek, "AES"), privateAad(holder), key.getEncoded());
	}

	static PrivateKey openPrivate(byte[] sealed, byte[] kek, String holder) throws GeneralSecurityException {
		byte[] pkcs8 = Gcm.open(new SecretKeySpec(kek, "AES"), privateAad(holder), sealed);
		return KeyFactory.getInstance("XDH").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
	}

	static byte[] wrap(PublicKey publicKey, SecretKey dataKey, byte[] aad) throws GeneralSecurityException {
		KEM.Encapsulated shared = KEM.getInstance("DHKEM").newEncapsulator(publicKey).encapsulate(0, 32, "AES");
		byte[] sealed = Gcm.seal(shared.key(), aad, dataKey.getEncoded());
		byte[] out = Arrays.copyOf(shared.encapsulation(), ENCAPSULATION_BYTES + sealed.length);
		System.arraycopy(sealed, 0, out, ENCAPSULATION_BYTES, sealed.length);
		return out;
	}

	static SecretKey unwrap(PrivateKey privateKey, byte[] wrapped, byte[] aad) throws GeneralSecurityException {
		if (wrapped.length <= ENCAPSULATION_BYTES) {
			throw new GeneralSecurityException("too short");
		}
		SecretKey shared = KEM.getInstance("DHKEM").newDecapsulator(privateKey)
				.decapsulate(Arrays.copyOf(wrapped, ENCAPSULATION_BYTES), 0, 32, "AES");
		byte[] key = Gcm.open(shared, aad, Arrays.copyOfRange(wrapped, ENCAPSULATION_BYTES, wrapped.length));
		return new SecretKeySpec(key, "AES");
	}

	private static byte[] privateAad(String holder) {
		return ("ducha.account-key.v1:" + holder).getBytes(StandardCharsets.UTF_8);
	}
}
