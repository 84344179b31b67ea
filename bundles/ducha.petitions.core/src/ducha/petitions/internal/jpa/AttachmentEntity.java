package ducha.petitions.internal.jpa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.petitions.Attachment;

/** Row of {@code petition_attachment}: the file itself is sealed under {@code storedName} in the data folder. */
@Entity
@Table(name = "petition_attachment")
public class AttachmentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private long id;

	@Column(name = "petition_id")
	private long petitionId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "stored_name")
	private String storedName;

	@Column(name = "size_bytes")
	private long size;

	@Column(name = "added_by")
	private String addedBy;

	@Column(name = "added_at")
	private Instant addedAt;

	protected AttachmentEntity() {
	}

	public AttachmentEntity(long petitionId, String fileName, String storedName, long size, String addedBy,
			Instant addedAt) {
		this.petitionId = petitionId;
		this.fileName = fileName;
		this.storedName = storedName;
		this.size = size;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	public long petitionId() {
		return petitionId;
	}

	public String storedName() {
		return storedName;
	}

	public Attachment toRecord() {
		return new Attachment(id, fileName, size, addedBy, addedAt);
	}
}
