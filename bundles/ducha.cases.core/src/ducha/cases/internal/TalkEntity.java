package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.ReminderTalk;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "reminder_talk")
public class TalkEntity extends FindingActionEntity {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (cases migration V5). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "talk_date")
	private LocalDate date;
	@Column(name = "held_by_no")
	private String heldByNo;
	private String content;

	protected TalkEntity() {
	}

	TalkEntity(long findingId, LocalDate date, String heldByNo, String supervisorNo, String staffNo,
			String content) {
		super(findingId, staffNo, supervisorNo);
		this.date = date;
		this.heldByNo = heldByNo;
		this.content = content;
	}

	ReminderTalk toTalk() {
		return new ReminderTalk(id(), findingId(), date, heldByNo, supervisorNo(), staffNo(), content);
	}

	/** A newer ledger row of the same talk (finding and day stay). */
	void update(String heldBy, String supervisor, String text) {
		this.heldByNo = heldBy;
		setSupervisorNo(supervisor);
		this.content = text;
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
