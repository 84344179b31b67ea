package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.integrity.RiskLevel;
import ducha.integrity.RiskMeasure;

/** Row of {@code integrity_risk_measure}. */
@Entity
@Table(name = "integrity_risk_measure")
public class RiskMeasureEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "record_no")
	private String recordNo;

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "post")
	private String post;

	@Column(name = "risk_point")
	private String riskPoint;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_level")
	private RiskLevel level;

	@Column(name = "measure")
	private String measure;

	@Column(name = "owner")
	private String owner;

	@Column(name = "effective_date")
	private LocalDate effectiveDate;

	@Column(name = "review_date")
	private LocalDate reviewDate;

	@Column(name = "retired_date")
	private LocalDate retiredDate;

	protected RiskMeasureEntity() {
	}

	public RiskMeasureEntity(RiskMeasure measure) {
		recordNo = measure.recordNo();
		update(measure);
	}

	public void update(RiskMeasure m) {
		departmentCode = m.departmentCode();
		post = m.post();
		riskPoint = m.riskPoint();
		level = m.level();
		measure = m.measure();
		owner = m.owner();
		effectiveDate = m.effectiveDate();
		reviewDate = m.reviewDate();
		retiredDate = m.retiredDate();
	}

	public void reviewed(LocalDate nextReview) {
		reviewDate = nextReview;
	}

	public RiskMeasure toRecord() {
		return new RiskMeasure(id, recordNo, departmentCode, post, riskPoint, level, measure, owner, effectiveDate,
				reviewDate, retiredDate);
	}
}
