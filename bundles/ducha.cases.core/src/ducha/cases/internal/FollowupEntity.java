package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.RectificationFollowup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "rectification_followup")
public class FollowupEntity extends FindingActionEntity {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (cases migration V5). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "opened_date")
	private LocalDate openedDate;
	private String measures;
	@Column(name = "verified_date")
	private LocalDate verifiedDate;
	private String verification;

	protected FollowupEntity() {
	}

	FollowupEntity(long findingId, LocalDate openedDate, String supervisorNo, String staffNo, String measures) {
		super(findingId, staffNo, supervisorNo);
		this.openedDate = openedDate;
		this.measures = measures;
	}

	void verify(LocalDate day, String text) {
		verifiedDate = day;
		verification = text;
	}

	RectificationFollowup toFollowup() {
		return new RectificationFollowup(id(), findingId(), openedDate, supervisorNo(), staffNo(), measures, verifiedDate,
				verification, version);
	}

	/** A newer ledger row of the same follow-up (finding and opening day stay). */
	void update(String supervisor, String text) {
		setSupervisorNo(supervisor);
		this.measures = text;
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
