package ducha.inspections.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.inspections.Finding;

/** Row of {@code insp_finding}: belongs to an inspection, may be named by a bulletin. */
@Entity
@Table(name = "insp_finding")
public class FindingEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (inspections migration V3). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "finding_no")
	private String findingNo;

	@ManyToOne(optional = false)
	@JoinColumn(name = "inspection_id")
	private InspectionEntity inspection;

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "staff_no")
	private String staffNo;

	@Column(name = "description")
	private String description;

	@Column(name = "rectification")
	private String rectification;

	@Column(name = "deadline")
	private LocalDate deadline;

	@Column(name = "rectified_on")
	private LocalDate rectifiedOn;

	@Column(name = "rectification_note")
	private String rectificationNote;

	@Column(name = "verified_on")
	private LocalDate verifiedOn;

	@Column(name = "verified_by")
	private String verifiedBy;

	@ManyToOne
	@JoinColumn(name = "bulletin_id")
	private BulletinEntity bulletin;

	protected FindingEntity() {
	}

	public FindingEntity(String number, InspectionEntity inspection, Finding finding) {
		findingNo = number;
		this.inspection = inspection;
		update(finding);
	}

	/** Takes the finding's values but its number, inspection and bulletin. */
	public void update(Finding f) {
		departmentCode = f.departmentCode();
		staffNo = f.staffNo();
		description = f.description();
		rectification = f.rectification();
		deadline = f.deadline();
		rectifiedOn = f.rectifiedOn();
		rectificationNote = f.rectificationNote();
		verifiedOn = f.verifiedOn();
		verifiedBy = f.verifiedBy();
	}

	public InspectionEntity inspection() {
		return inspection;
	}

	public BulletinEntity bulletin() {
		return bulletin;
	}

	public void namedIn(BulletinEntity issued) {
		bulletin = issued;
	}

	public void rectified(LocalDate on, String note) {
		rectifiedOn = on;
		rectificationNote = note;
	}

	public void verified(LocalDate on, String by) {
		verifiedOn = on;
		verifiedBy = by;
	}

	public Finding toRecord() {
		return new Finding(findingNo, inspection.inspectionNo(), departmentCode, staffNo, description, rectification,
				deadline, rectifiedOn, rectificationNote, verifiedOn, verifiedBy,
				bulletin == null ? null : bulletin.label(), version);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
