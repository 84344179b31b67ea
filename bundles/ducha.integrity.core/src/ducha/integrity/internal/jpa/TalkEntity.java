package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;

/** Row of {@code integrity_talk}. */
@Entity
@Table(name = "integrity_talk")
public class TalkEntity extends NumberedRow<Talk> {

	@Column(name = "staff_no")
	private String staffNo;

	@Enumerated(EnumType.STRING)
	@Column(name = "talk_level")
	private TalkLevel level;

	@Column(name = "talk_date")
	private LocalDate date;

	@Column(name = "held_by")
	private String heldBy;

	@Column(name = "reason")
	private String reason;

	@Column(name = "content")
	private String content;

	@Column(name = "follow_up")
	private String followUp;

	@Column(name = "escalated_from")
	private Long escalatedFrom;

	/** For JPA. */
	protected TalkEntity() {
	}

	public TalkEntity(Talk record) {
		super(record);
	}

	/** Points the talk at the lower-level talk it escalates (set once every talk of a ledger file is stored). */
	public void escalatedFrom(Long talkId) {
		escalatedFrom = talkId;
	}
}
