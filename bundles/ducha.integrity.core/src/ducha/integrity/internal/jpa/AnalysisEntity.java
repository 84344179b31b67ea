package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.integrity.IdeologyAnalysis;

/** Row of {@code integrity_analysis}. */
@Entity
@Table(name = "integrity_analysis")
public class AnalysisEntity extends RecordRow<IdeologyAnalysis> {

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "analysis_year")
	private int year;

	@Column(name = "analysis_quarter")
	private int quarter;

	@Column(name = "analysis_date")
	private LocalDate date;

	@Column(name = "findings")
	private String findings;

	@Column(name = "measures")
	private String measures;
}
