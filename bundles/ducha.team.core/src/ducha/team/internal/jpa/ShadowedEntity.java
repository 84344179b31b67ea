package ducha.team.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.team.ShadowedItem;

/** Row of {@code team_mentoring_shadowed}: a case or inspection a trainee shadowed. */
@Entity
@Table(name = "team_mentoring_shadowed")
public class ShadowedEntity extends MentorshipPartEntity {

	@Column(name = "kind")
	private String kind;

	@Column(name = "reference")
	private String reference;

	@Column(name = "shadowed_on")
	private LocalDate on;

	@Column(name = "note")
	private String note;

	protected ShadowedEntity() {
	}

	ShadowedEntity(MentorshipEntity mentorship, int seq, ShadowedItem item) {
		super(mentorship, seq);
		kind = item.kind().name();
		reference = item.reference();
		on = item.on();
		note = item.note().isEmpty() ? null : item.note();
	}

	public ShadowedItem toRecord() {
		return new ShadowedItem(ShadowedItem.Kind.valueOf(kind), reference, on, note);
	}
}
