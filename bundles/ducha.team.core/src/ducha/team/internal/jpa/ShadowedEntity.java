package ducha.team.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import ducha.team.ShadowedItem;

/** Row of {@code team_mentoring_shadowed}: a case or inspection a trainee shadowed. */
@Entity
@Table(name = "team_mentoring_shadowed")
public class ShadowedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@ManyToOne
	@JoinColumn(name = "mentorship_id")
	private MentorshipEntity mentorship;

	@Column(name = "seq")
	private int seq;

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
		this.mentorship = mentorship;
		this.seq = seq;
		kind = item.kind().name();
		reference = item.reference();
		on = item.on();
		note = item.note().isEmpty() ? null : item.note();
	}

	int seq() {
		return seq;
	}

	public ShadowedItem toRecord() {
		return new ShadowedItem(ShadowedItem.Kind.valueOf(kind), reference, on, note);
	}
}
