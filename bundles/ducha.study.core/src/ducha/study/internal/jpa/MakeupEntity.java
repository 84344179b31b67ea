package ducha.study.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Row of {@code study_makeup}: a person's make-up (补考) of a test. */
@Entity
@Table(name = "study_makeup")
public class MakeupEntity extends PersonRow {

	/** Optimistic lock: two desktops saving the same record cannot both win (study migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	private int score;

	@Column(name = "makeup_date")
	private LocalDate date;

	protected MakeupEntity() {
	}

	public MakeupEntity(long testId, String staffNo) {
		super(testId, staffNo);
	}

	public void set(int score, LocalDate date) {
		this.score = score;
		this.date = date;
	}

	public int score() {
		return score;
	}

	public LocalDate date() {
		return date;
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
