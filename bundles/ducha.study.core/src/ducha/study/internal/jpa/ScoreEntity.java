package ducha.study.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Row of {@code study_score}: a person's score of a test (imported, or given by their exam), or their absence. */
@Entity
@Table(name = "study_score")
public class ScoreEntity extends PersonRow {

	/** Optimistic lock: two desktops saving the same record cannot both win (study migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	private Integer score;

	private boolean absent;

	@Column(name = "score_date")
	private LocalDate date;

	protected ScoreEntity() {
	}

	public ScoreEntity(long testId, String staffNo) {
		super(testId, staffNo);
	}

	public void set(Integer score, boolean absent, LocalDate date) {
		this.score = score;
		this.absent = absent;
		this.date = date;
	}

	public Integer score() {
		return score;
	}

	public boolean absent() {
		return absent;
	}

	public LocalDate date() {
		return date;
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
