package ducha.study.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code study_makeup}: a person's make-up (补考) of a test. */
@Entity
@Table(name = "study_makeup")
public class MakeupEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "test_id")
	private long testId;

	@Column(name = "staff_no")
	private String staffNo;

	private int score;

	@Column(name = "makeup_date")
	private LocalDate date;

	protected MakeupEntity() {
	}

	public MakeupEntity(long testId, String staffNo) {
		this.testId = testId;
		this.staffNo = staffNo;
	}

	public void set(int score, LocalDate date) {
		this.score = score;
		this.date = date;
	}

	public long testId() {
		return testId;
	}

	public String staffNo() {
		return staffNo;
	}

	public int score() {
		return score;
	}

	public LocalDate date() {
		return date;
	}
}
