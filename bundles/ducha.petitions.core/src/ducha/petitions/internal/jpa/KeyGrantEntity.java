package ducha.petitions.internal.jpa;

import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.core.security.WrappedKey;

/** Row of {@code petition_key}: the petition's data key wrapped for one holder. */
@Entity
@Table(name = "petition_key")
public class KeyGrantEntity extends PetitionPartRow {

	@Column(name = "holder")
	private String holder;

	@Column(name = "key_id")
	private String keyId;

	@Column(name = "wrapped")
	private String wrapped;

	@Column(name = "granted_by")
	private String grantedBy;

	@Column(name = "granted_at")
	private Instant grantedAt;

	protected KeyGrantEntity() {
	}

	public KeyGrantEntity(long petitionId, WrappedKey key, String grantedBy) {
		super(petitionId);
		this.holder = key.holder();
		replace(key, grantedBy);
	}

	public void replace(WrappedKey key, String by) {
		this.keyId = key.keyId();
		this.wrapped = Base64.getEncoder().encodeToString(key.bytes());
		this.grantedBy = by;
		this.grantedAt = Instant.now();
	}

	public String holder() {
		return holder;
	}

	public WrappedKey toWrapped() {
		return new WrappedKey(holder, keyId, Base64.getDecoder().decode(wrapped));
	}
}
