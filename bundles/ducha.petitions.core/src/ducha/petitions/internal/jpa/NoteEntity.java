package ducha.petitions.internal.jpa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.petitions.HandlerNote;

/** Row of {@code petition_note}. */
@Entity
@Table(name = "petition_note")
public class NoteEntity extends PetitionPartRow {

	@Column(name = "author")
	private String author;

	@Column(name = "written_at")
	private Instant writtenAt;

	@Column(name = "body")
	private String body;

	protected NoteEntity() {
	}

	public NoteEntity(long petitionId, String author, Instant writtenAt, String body) {
		super(petitionId);
		this.author = author;
		this.writtenAt = writtenAt;
		this.body = body;
	}

	public HandlerNote toRecord() {
		return new HandlerNote(id, author, writtenAt, body);
	}
}
