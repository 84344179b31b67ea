package ducha.study.internal.jpa;

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

import ducha.study.ReviewProblem;

/** Row of {@code study_review_problem}: the n-th problem of a review (n is its ledger key with the review's 编号). */
@Entity
@Table(name = "study_review_problem")
public class ReviewProblemEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (study migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@ManyToOne
	@JoinColumn(name = "review_id")
	private ReviewEntity review;

	@Column(name = "problem_no")
	private int problemNo;

	@Column(name = "finding")
	private String finding;

	@Column(name = "rectification")
	private String rectification;

	@Column(name = "verification")
	private String verification;

	@Column(name = "verified_on")
	private LocalDate verifiedOn;

	protected ReviewProblemEntity() {
	}

	ReviewProblemEntity(ReviewEntity review, int problemNo, ReviewProblem problem) {
		this.review = review;
		this.problemNo = problemNo;
		update(problem);
	}

	/** Takes what was found, asked and verified. */
	public void update(ReviewProblem p) {
		finding = p.finding();
		rectification = p.rectification();
		verification = p.verification();
		verifiedOn = p.verifiedOn();
	}

	public ReviewEntity review() {
		return review;
	}

	public int problemNo() {
		return problemNo;
	}

	public ReviewProblem toRecord() {
		return new ReviewProblem(id, finding, rectification, verification, verifiedOn, version);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
