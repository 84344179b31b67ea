package ducha.petitions.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.core.documents.DocumentNumber;
import ducha.petitions.Clearance;

/** Row of {@code petition_clearance}. */
@Entity
@Table(name = "petition_clearance")
public class ClearanceEntity extends PetitionPartRow {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (petitions migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "staff_no")
	private String staffNo;

	@Column(name = "cleared_on")
	private LocalDate clearedOn;

	@Column(name = "statement")
	private String statement;

	@Column(name = "issued_by")
	private String issuedBy;

	@Column(name = "notice_year")
	private Integer noticeYear;

	@Column(name = "notice_no")
	private Integer noticeNo;

	protected ClearanceEntity() {
	}

	public ClearanceEntity(long petitionId, String staffNo, LocalDate clearedOn, String statement, String issuedBy) {
		super(petitionId);
		this.staffNo = staffNo;
		this.clearedOn = clearedOn;
		this.statement = statement;
		this.issuedBy = issuedBy;
	}

	public String staffNo() {
		return staffNo;
	}

	/** The notice's number in its year, null while none was issued. */
	public Integer noticeNo() {
		return noticeNo;
	}

	public Integer noticeYear() {
		return noticeYear;
	}

	/** What a row of the 澄清正名台账 brings for a clearance already stored (who issued it stays). */
	public void update(LocalDate clearedOn, String statement) {
		this.clearedOn = clearedOn;
		this.statement = statement;
	}

	public boolean hasNoticeNumber() {
		return noticeNo != null;
	}

	/** Keeps the notice's number (taken once, see {@link Clearance#noticeNumber()}). */
	public void setNoticeNumber(DocumentNumber number) {
		this.noticeYear = number.year();
		this.noticeNo = number.number();
	}

	public Clearance toRecord(String petitionNumber) {
		String notice = noticeNo == null ? null
				: new DocumentNumber(Clearance.NOTICE_KIND, noticeYear, noticeNo).label();
		return new Clearance(id, petitionNumber, staffNo, clearedOn, statement, issuedBy, notice);
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
