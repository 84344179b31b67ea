package ducha.integrity.internal.jpa;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;

/** Row of {@code integrity_talk}. */
@Entity
@AttributeOverride(name = "date", column = @Column(name = "talk_date"))
@Table(name = "integrity_talk")
public class TalkEntity extends StaffRow<Talk> {

	@Enumerated(EnumType.STRING)
	@Column(name = "talk_level")
	private TalkLevel level;

	@Column(name = "held_by")
	private String heldBy;

	@Column(name = "held_by_staff_no")
	private String heldByStaffNo;

	@Column(name = "reason")
	private String reason;

	@Column(name = "content")
	private String content;

	@Column(name = "follow_up")
	private String followUp;

	@Column(name = "escalated_from")
	private Long escalatedFrom;

	/** The talk this one escalates, unique: a talk is escalated once (not a component of {@link Talk}). */
	@Column(name = "escalation_of")
	private Long escalationOf;

	/** Points the talk at the lower-level talk it escalates (set once every talk of a ledger file is stored). */
	public void escalatedFrom(Long talkId) {
		escalatedFrom = talkId;
		escalationOf = talkId;
	}

	/** A new escalation claims its talk's key; a second one of the same talk is refused at the insert. */
	@PrePersist
	void claimEscalation() {
		escalationOf = escalatedFrom;
	}
}
