package ducha.study.internal.jpa;

import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.study.ReviewAssignment;

/** Row of {@code study_review_assignment} (db/study/V1): one line of a month's review assignment. */
@Entity
@Table(name = "study_review_assignment")
public class AssignmentEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (study migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	/** The month as YYYY-MM: portable, and sorts like the months. */
	@Column(name = "review_month")
	private String month;

	@Column(name = "reviewer_staff_no")
	private String reviewerStaffNo;

	@Column(name = "department_code")
	private String departmentCode;

	protected AssignmentEntity() {
	}

	public AssignmentEntity(ReviewAssignment line) {
		month = line.month().toString();
		reviewerStaffNo = line.reviewerStaffNo();
		departmentCode = line.departmentCode();
	}

	public ReviewAssignment toRecord() {
		return new ReviewAssignment(id, YearMonth.parse(month), reviewerStaffNo, departmentCode);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
