package ducha.core.internal.jpa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.core.audit.AuditEntry;

/** Row of {@code audit_entry}; the API works with {@link AuditEntry}. Entries are never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

	/** Column width of {@code detail}. */
	public static final int DETAIL_LENGTH = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private long id;

	@Column(name = "occurred_at")
	private Instant at;

	@Column(name = "actor")
	private String actor;

	@Column(name = "action")
	private String action;

	@Column(name = "object_type")
	private String objectType;

	@Column(name = "object_id")
	private String objectId;

	@Column(name = "detail")
	private String detail;

	protected AuditEntryEntity() {
	}

	public AuditEntryEntity(Instant at, String actor, String action, String objectType, String objectId,
			String detail) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.objectType = objectType;
		this.objectId = objectId;
		this.detail = detail;
	}

	public AuditEntry toRecord() {
		return new AuditEntry(id, at, actor, action, objectType, objectId, detail);
	}
}
