package ducha.team.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.core.period.Period;
import ducha.core.period.PeriodKind;
import ducha.team.Evaluation;
import ducha.team.Grade;

/** Row of {@code team_evaluation}: one evaluation of one integrity supervisor for one period. */
@Entity
@Table(name = "team_evaluation")
public class EvaluationEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (team migration V6). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "staff_no")
	private String staffNo;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_kind")
	private PeriodKind periodKind;

	@Column(name = "period_from")
	private LocalDate periodFrom;

	@Column(name = "period_to")
	private LocalDate periodTo;

	@Enumerated(EnumType.STRING)
	@Column(name = "grade")
	private Grade grade;

	@Column(name = "remarks")
	private String remarks;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_on")
	private LocalDate recordedOn;

	protected EvaluationEntity() {
	}

	public EvaluationEntity(String staffNo, Period period) {
		this.staffNo = staffNo;
		periodKind = period.kind();
		periodFrom = period.from();
		periodTo = period.to();
	}

	/** Takes the grade and remarks of a newer evaluation of the same person and period. */
	public void update(Evaluation evaluation, String by, LocalDate on) {
		grade = evaluation.grade();
		remarks = evaluation.remarks();
		recordedBy = by;
		recordedOn = on;
	}

	public Evaluation toRecord() {
		return new Evaluation(staffNo, new Period(periodKind, periodFrom, periodTo), grade, remarks, recordedBy,
				recordedOn);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
