package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.integrity.IdeologyAnalysis;

/** Row of {@code integrity_analysis}. */
@Entity
@Table(name = "integrity_analysis")
public class AnalysisEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

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

	protected AnalysisEntity() {
	}

	public AnalysisEntity(IdeologyAnalysis r) {
		departmentCode = r.departmentCode();
		update(r);
	}

	public void update(IdeologyAnalysis r) {
		year = r.year();
		quarter = r.quarter();
		date = r.date();
		findings = r.findings();
		measures = r.measures();
	}

	public IdeologyAnalysis toRecord() {
		return new IdeologyAnalysis(id, departmentCode, year, quarter, date, findings, measures);
	}
}
