package ducha.study.internal.jpa;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.study.Review;
import ducha.study.ReviewProblem;

/**
 * Row of {@code study_review} with the covered staff in {@code study_review_staff} and its problems in
 * {@code study_review_problem}, which belong to it (stored and removed with it).
 */
@Entity
@Table(name = "study_review")
public class ReviewEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (study migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "record_no")
	private String recordNo;

	@Column(name = "review_month")
	private String month;

	@Column(name = "reviewer_staff_no")
	private String reviewerStaffNo;

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "review_date")
	private LocalDate date;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "study_review_staff", joinColumns = @JoinColumn(name = "review_id"))
	@Column(name = "staff_no")
	private List<String> coveredStaff = new ArrayList<>();

	@OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@OrderBy("problemNo")
	private List<ReviewProblemEntity> problems = new ArrayList<>();

	protected ReviewEntity() {
	}

	public ReviewEntity(Review review) {
		recordNo = review.recordNo();
		update(review);
		review.problems().forEach(this::add);
	}

	/** Takes the review's values but its id, 编号 and problems. */
	public void update(Review r) {
		month = r.month().toString();
		reviewerStaffNo = r.reviewerStaffNo();
		departmentCode = r.departmentCode();
		date = r.date();
		coveredStaff.clear();
		coveredStaff.addAll(r.coveredStaff());
	}

	/** Adds a problem after the last one; returns it. */
	public ReviewProblemEntity add(ReviewProblem problem) {
		return put(problems.stream().mapToInt(ReviewProblemEntity::problemNo).max().orElse(0) + 1, problem);
	}

	/** Adds a problem under its number (a ledger's 序号), which no problem of the review has yet; returns it. */
	public ReviewProblemEntity put(int problemNo, ReviewProblem problem) {
		ReviewProblemEntity entity = new ReviewProblemEntity(this, problemNo, problem);
		problems.add(entity);
		return entity;
	}

	/** The problems, by number. */
	public List<ReviewProblemEntity> problems() {
		return problems.stream().sorted(Comparator.comparingInt(ReviewProblemEntity::problemNo)).toList();
	}

	/** The problem of the number (1 for the first), or null. */
	public ReviewProblemEntity problem(int problemNo) {
		return problems.stream().filter(p -> p.problemNo() == problemNo).findFirst().orElse(null);
	}

	public Review toRecord() {
		return new Review(id, recordNo, YearMonth.parse(month), reviewerStaffNo, departmentCode, date,
				coveredStaff.stream().sorted().toList(), problems().stream().map(ReviewProblemEntity::toRecord).toList());
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
