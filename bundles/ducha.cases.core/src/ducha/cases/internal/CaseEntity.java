package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.CaseNumber;
import ducha.cases.CaseRecord;
import ducha.cases.CaseStatus;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of case_register. Written in bulk by {@link CaseStore} with JDBC batches, so it is never cached: a read
 * always sees the latest import.
 */
@Entity
@Table(name = "case_register")
@Cacheable(false)
public class CaseEntity {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (cases migration V5). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@Column(name = "case_no")
	private String caseNo;
	@Column(name = "case_year")
	private int year;
	@Column(name = "court_code")
	private String courtCode;
	@Column(name = "case_type")
	private String caseType;
	@Column(name = "sequence_no")
	private int sequence;
	private String cause;
	@Column(name = "judge_no")
	private String judgeNo;
	@Column(name = "department_code")
	private String departmentCode;
	@Column(name = "filing_date")
	private LocalDate filingDate;
	@Column(name = "trial_procedure")
	private String procedure;
	@Column(name = "closed_date")
	private LocalDate closedDate;
	@Column(name = "closing_method")
	private String closingMethod;
	@Enumerated(EnumType.STRING)
	private CaseStatus status;
	@Column(name = "party_count")
	private Integer partyCount;
	/** The day the case becomes long-pending, null when it cannot ({@link FlagDates}); written by SQL only. */
	@Column(name = "flag_date", insertable = false, updatable = false)
	private LocalDate flagDate;
	/** 1 while the case carries one of the four kinds, else 0 ({@link FourKindsFlag}); written by SQL only. */
	@Column(name = "four_kinds", insertable = false, updatable = false)
	private int fourKinds;

	protected CaseEntity() {
	}

	String caseNo() {
		return caseNo;
	}

	String departmentCode() {
		return departmentCode;
	}

	LocalDate flagDate() {
		return flagDate;
	}

	boolean fourKinds() {
		return fourKinds == 1;
	}

	CaseRecord toRecord() {
		return new CaseRecord(new CaseNumber(year, courtCode, caseType, sequence), cause, judgeNo, departmentCode,
				filingDate, procedure, closedDate, closingMethod, status, partyCount);
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
