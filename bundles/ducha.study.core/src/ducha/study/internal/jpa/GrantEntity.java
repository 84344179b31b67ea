package ducha.study.internal.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code study_attempt_grant}: the attempts the office allowed a person beyond the first. */
@Entity
@Table(name = "study_attempt_grant")
public class GrantEntity extends PersonRow {

	private int extra;

	protected GrantEntity() {
	}

	public GrantEntity(long testId, String staffNo) {
		super(testId, staffNo);
	}

	public void grantOneMore() {
		extra++;
	}

	public int extra() {
		return extra;
	}
}
