package ducha.core.internal.jpa;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.core.audit.AuditEntry;

/**
 * Row of {@code audit_entry}, read only: entries are written over JDBC by the audit chain (in any bundle's
 * transaction) and never changed. The API works with {@link AuditEntry}.
 */
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

	/** The time as stored, for the chain's hash (the same column as {@link #at}). */
	@Column(name = "occurred_at", insertable = false, updatable = false)
	private LocalDateTime storedAt;

	/** Position in the audit chain, from 1. */
	@Column(name = "chain_seq")
	private Long chainSeq;

	@Column(name = "prev_hash")
	private String previousHash;

	@Column(name = "entry_hash")
	private String entryHash;

	protected AuditEntryEntity() {
	}

	public long id() {
		return id;
	}

	public LocalDateTime storedAt() {
		return storedAt;
	}

	public String actor() {
		return actor;
	}

	public String action() {
		return action;
	}

	public String objectType() {
		return objectType;
	}

	public String objectId() {
		return objectId;
	}

	public String detail() {
		return detail;
	}

	public Long chainSeq() {
		return chainSeq;
	}

	/** Stripped: a char(64) column may come back padded. */
	public String previousHash() {
		return previousHash == null ? null : previousHash.strip();
	}

	public String entryHash() {
		return entryHash == null ? null : entryHash.strip();
	}

	public AuditEntry toRecord() {
		return new AuditEntry(id, at, actor, action, objectType, objectId, detail);
	}
}
