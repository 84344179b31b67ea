package ducha.core.internal.attachments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.core.attachments.StoredAttachment;

/**
 * Row of {@code attachment}: what is known of a file. Its bytes are in {@code attachment_content}, written and read
 * as streams over JDBC ({@link ContentTable}), never mapped, so that no list loads them.
 */
@Entity
@Table(name = "attachment")
public class AttachmentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private long id;

	@Column(name = "owner")
	private String owner;

	@Column(name = "record_key")
	private String recordKey;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	@Column(name = "sha256")
	private String sha256;

	@Column(name = "sealed")
	private boolean sealed;

	/** Sealed with the record's data key (envelope encryption) rather than the attachments key file. */
	@Column(name = "envelope")
	private boolean envelope;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected AttachmentEntity() {
		// JPA
	}

	AttachmentEntity(String owner, String recordKey, String fileName, Spool spool, boolean sealed,
			String createdBy, Instant createdAt) {
		this.owner = owner;
		this.recordKey = recordKey;
		this.fileName = fileName;
		this.contentType = spool.contentType();
		this.size = spool.size();
		this.sha256 = spool.sha256();
		this.sealed = sealed;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * A file sealed with its record's data key: the row first (its id is part of the sealed bytes' associated
	 * data), what is known of the file once it is spooled ({@link #fill}).
	 */
	AttachmentEntity(String owner, String recordKey, String fileName, String createdBy, Instant createdAt) {
		this.owner = owner;
		this.recordKey = recordKey;
		this.fileName = fileName;
		this.contentType = "";
		this.sha256 = "";
		this.sealed = true;
		this.envelope = true;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void fill(Spool spool) {
		this.contentType = spool.contentType();
		this.size = spool.size();
		this.sha256 = spool.sha256();
	}

	long id() {
		return id;
	}

	boolean envelope() {
		return envelope;
	}

	/** Its bytes are sealed with the record's data key now. */
	void enveloped() {
		this.envelope = true;
	}

	boolean belongsTo(String owner, String recordKey) {
		return this.owner.equals(owner) && this.recordKey.equals(recordKey);
	}

	StoredAttachment toRecord() {
		return new StoredAttachment(id, owner, recordKey, fileName, contentType, size, sha256, sealed, createdBy,
				createdAt);
	}
}
