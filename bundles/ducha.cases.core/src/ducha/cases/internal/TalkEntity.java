package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.ReminderTalk;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "reminder_talk")
public class TalkEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;
	@Column(name = "finding_id")
	private long findingId;
	@Column(name = "talk_date")
	private LocalDate date;
	@Column(name = "held_by_no")
	private String heldByNo;
	@Column(name = "supervisor_no")
	private String supervisorNo;
	@Column(name = "staff_no")
	private String staffNo;
	private String content;

	protected TalkEntity() {
	}

	TalkEntity(long findingId, LocalDate date, String heldByNo, String supervisorNo, String staffNo,
			String content) {
		this.findingId = findingId;
		this.date = date;
		this.heldByNo = heldByNo;
		this.supervisorNo = supervisorNo;
		this.staffNo = staffNo;
		this.content = content;
	}

	ReminderTalk toTalk() {
		return new ReminderTalk(id, findingId, date, heldByNo, supervisorNo, staffNo, content);
	}

	/** A newer ledger row of the same talk (finding and day stay). */
	void update(String heldBy, String supervisor, String text) {
		this.heldByNo = heldBy;
		this.supervisorNo = supervisor;
		this.content = text;
	}
}
