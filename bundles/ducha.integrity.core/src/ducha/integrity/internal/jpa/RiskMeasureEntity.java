package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import ducha.integrity.RiskLevel;
import ducha.integrity.RiskMeasure;

/** Row of {@code integrity_risk_measure}. */
@Entity
@Table(name = "integrity_risk_measure")
public class RiskMeasureEntity extends NumberedRow<RiskMeasure> {

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

	public void reviewed(LocalDate nextReview) {
		reviewDate = nextReview;
	}
}
