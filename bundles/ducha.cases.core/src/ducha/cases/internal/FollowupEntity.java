package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.RectificationFollowup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "rectification_followup")
public class FollowupEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;
	@Column(name = "finding_id")
	private long findingId;
	@Column(name = "opened_date")
	private LocalDate openedDate;
	@Column(name = "supervisor_no")
	private String supervisorNo;
	@Column(name = "staff_no")
	private String staffNo;
	private String measures;
	@Column(name = "verified_date")
	private LocalDate verifiedDate;
	private String verification;

	protected FollowupEntity() {
	}

	FollowupEntity(long findingId, LocalDate openedDate, String supervisorNo, String staffNo, String measures) {
		this.findingId = findingId;
		this.openedDate = openedDate;
		this.supervisorNo = supervisorNo;
		this.staffNo = staffNo;
		this.measures = measures;
	}

	void verify(LocalDate day, String text) {
		verifiedDate = day;
		verification = text;
	}

	RectificationFollowup toFollowup() {
		return new RectificationFollowup(id, findingId, openedDate, supervisorNo, staffNo, measures, verifiedDate,
				verification);
	}

	/** A newer ledger row of the same follow-up (finding and opening day stay). */
	void update(String supervisor, String text) {
		this.supervisorNo = supervisor;
		this.measures = text;
	}
}
