package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.FindingType;
import ducha.cases.ReviewFinding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "review_finding")
public class FindingEntity extends CaseRowEntity {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (cases migration V5). */
	@Version
	@Column(name = "version")
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(name = "finding_type")
	private FindingType type;
	@Column(name = "staff_no")
	private String staffNo;
	@Column(name = "department_code")
	private String departmentCode;
	@Column(name = "found_date")
	private LocalDate foundDate;
	private String description;
	@Column(name = "bulletin_id")
	private Long bulletinId;

	protected FindingEntity() {
	}

	FindingEntity(String caseNo, FindingType type, String staffNo, String departmentCode, LocalDate foundDate,
			String description) {
		super(caseNo);
		this.type = type;
		this.staffNo = staffNo;
		this.departmentCode = departmentCode;
		this.foundDate = foundDate;
		this.description = description;
	}

	String staffNo() {
		return staffNo;
	}

	LocalDate foundDate() {
		return foundDate;
	}

	Long bulletinId() {
		return bulletinId;
	}

	void setBulletinId(Long bulletinId) {
		this.bulletinId = bulletinId;
	}

	ReviewFinding toFinding() {
		return new ReviewFinding(id(), caseNo(), type, staffNo, departmentCode, foundDate, description, bulletinId);
	}

	/** A newer ledger row of the same finding (case, type and staff member stay). */
	void update(LocalDate found, String text) {
		this.foundDate = found;
		this.description = text;
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
