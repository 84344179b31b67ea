package ducha.core.internal.keys;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Row of {@code account_key}: an account's X25519 key pair, the public key in clear (anyone wraps for it), the
 * private key sealed under the account's key-encryption key (Base64 both). Holder {@code #recovery} is the office's
 * recovery key pair, whose private key is not stored at all.
 */
@Entity
@Table(name = "account_key")
public class AccountKeyEntity {

	@Id
	@Column(name = "holder")
	private String holder;

	@Column(name = "key_id")
	private String keyId;

	@Column(name = "public_key")
	private String publicKey;

	@Column(name = "private_key")
	private String privateKey;

	@Column(name = "created_at")
	private Instant createdAt;

	protected AccountKeyEntity() {
		// JPA
	}

	AccountKeyEntity(String holder) {
		this.holder = holder;
	}

	void replace(String keyId, String publicKey, String privateKey) {
		this.keyId = keyId;
		this.publicKey = publicKey;
		this.privateKey = privateKey;
		this.createdAt = Instant.now();
	}

	void reseal(String privateKey) {
		this.privateKey = privateKey;
	}

	String keyId() {
		return keyId;
	}

	String publicKey() {
		return publicKey;
	}

	String privateKey() {
		return privateKey;
	}
}
