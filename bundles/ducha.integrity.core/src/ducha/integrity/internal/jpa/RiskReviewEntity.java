package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.integrity.RiskReview;

/**
 * Row of {@code integrity_risk_measure_review}: written once, never changed (so no version), pointing at its
 * measure by id; the 编号 comes from the measure when it is read.
 */
@Entity
@Table(name = "integrity_risk_measure_review")
public class RiskReviewEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "measure_id")
	private long measureId;

	@Column(name = "reviewed_on")
	private LocalDate reviewedOn;

	@Column(name = "next_review")
	private LocalDate nextReview;

	@Column(name = "note")
	private String note;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	protected RiskReviewEntity() {
		// for JPA
	}

	public RiskReviewEntity(long measureId, LocalDate reviewedOn, LocalDate nextReview, String note,
			String reviewedBy) {
		this.measureId = measureId;
		this.reviewedOn = reviewedOn;
		this.nextReview = nextReview;
		this.note = note;
		this.reviewedBy = reviewedBy;
	}

	public RiskReview toRecord(String recordNo) {
		return new RiskReview(recordNo, reviewedOn, nextReview, note, reviewedBy);
	}
}
