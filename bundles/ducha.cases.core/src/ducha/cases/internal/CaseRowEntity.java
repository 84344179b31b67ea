package ducha.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row about one case of the register, named by its canonical case number ({@code case_no}), which need not be in
 * the register: findings, orders, marks and suggestions survive a register re-import.
 */
@MappedSuperclass
public abstract class CaseRowEntity extends GeneratedIdEntity {

	@Column(name = "case_no")
	private String caseNo;

	protected CaseRowEntity() {
	}

	protected CaseRowEntity(String caseNo) {
		this.caseNo = caseNo;
	}

	String caseNo() {
		return caseNo;
	}
}
