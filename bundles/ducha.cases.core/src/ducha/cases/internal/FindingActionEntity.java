package ducha.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What the office does about a review finding (a reminder talk, a rectification follow-up): the finding, its
 * responsible staff member (copied so that the staff member's archive needs no join) and the supervisor taking
 * part.
 */
@MappedSuperclass
public abstract class FindingActionEntity extends GeneratedIdEntity {

	@Column(name = "finding_id")
	private long findingId;
	@Column(name = "staff_no")
	private String staffNo;
	@Column(name = "supervisor_no")
	private String supervisorNo;

	protected FindingActionEntity() {
	}

	protected FindingActionEntity(long findingId, String staffNo, String supervisorNo) {
		this.findingId = findingId;
		this.staffNo = staffNo;
		this.supervisorNo = supervisorNo;
	}

	long findingId() {
		return findingId;
	}

	String staffNo() {
		return staffNo;
	}

	String supervisorNo() {
		return supervisorNo;
	}

	void setSupervisorNo(String supervisorNo) {
		this.supervisorNo = supervisorNo;
	}
}
