package ducha.study.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code study_attempt_grant}: the attempts the office allowed a person beyond the first. */
@Entity
@Table(name = "study_attempt_grant")
public class GrantEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "test_id")
	private long testId;

	@Column(name = "staff_no")
	private String staffNo;

	private int extra;

	protected GrantEntity() {
	}

	public GrantEntity(long testId, String staffNo) {
		this.testId = testId;
		this.staffNo = staffNo;
	}

	public void grantOneMore() {
		extra++;
	}

	public int extra() {
		return extra;
	}
}
