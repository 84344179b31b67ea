package ducha.petitions.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.petitions.Clue;
import ducha.petitions.ClueKind;
import ducha.petitions.ScreeningOutcome;

/** Row of {@code screening_clue}. */
@Entity
@Table(name = "screening_clue")
public class ClueEntity extends NumberedRow {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (petitions migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "source")
	private String source;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind")
	private ClueKind kind;

	@Column(name = "case_no")
	private String caseNumber;

	@Column(name = "staff_no")
	private String staffNo;

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "flagged_on")
	private LocalDate flaggedOn;

	@Column(name = "description")
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome")
	private ScreeningOutcome outcome;

	@Column(name = "outcome_note")
	private String outcomeNote;

	@Column(name = "petition_no")
	private String petitionNumber;

	@Column(name = "screened_on")
	private LocalDate screenedOn;

	@Column(name = "screened_by")
	private String screenedBy;

	protected ClueEntity() {
	}

	public ClueEntity(String source, ClueKind kind, String caseNumber, String staffNo, String departmentCode,
			LocalDate flaggedOn, String description) {
		this.source = source;
		this.kind = kind;
		this.caseNumber = caseNumber;
		this.staffNo = staffNo;
		this.departmentCode = departmentCode;
		this.flaggedOn = flaggedOn;
		this.description = description;
		this.outcome = ScreeningOutcome.PENDING;
	}

	public void screen(ScreeningOutcome result, String note, String petition, LocalDate on, String by) {
		this.outcome = result;
		this.outcomeNote = note;
		this.petitionNumber = petition;
		this.screenedOn = on;
		this.screenedBy = by;
	}

	/** Identity of a clue across imports: a source flags a case for one reason once. */
	public String key() {
		return source + '|' + caseNumber + '|' + kind;
	}

	public Clue toRecord() {
		return new Clue(id, source, kind, caseNumber, staffNo, departmentCode, flaggedOn, description, outcome,
				outcomeNote, petitionNumber, screenedOn, screenedBy, version);
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
