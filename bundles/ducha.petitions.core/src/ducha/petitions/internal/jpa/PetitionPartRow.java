package ducha.petitions.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one petition (a note, a clearance) through {@code petition_id}. */
@MappedSuperclass
public abstract class PetitionPartRow extends NumberedRow {

	@Column(name = "petition_id")
	protected long petitionId;

	protected PetitionPartRow() {
	}

	protected PetitionPartRow(long petitionId) {
		this.petitionId = petitionId;
	}

	public long petitionId() {
		return petitionId;
	}
}
