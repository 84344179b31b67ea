package ducha.study.internal.jpa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.study.Attempt;

/** Row of {@code study_attempt}: one sitting of a workbench exam. */
@Entity
@Table(name = "study_attempt")
public class AttemptEntity extends PersonRow {

	@Column(name = "attempt_no")
	private int number;

	@Column(name = "started_at")
	private Instant startedAt;

	private Instant deadline;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "timed_out")
	private boolean timedOut;

	private Integer score;

	protected AttemptEntity() {
	}

	public AttemptEntity(long testId, String staffNo, int number, Instant startedAt, Instant deadline) {
		super(testId, staffNo);
		this.number = number;
		this.startedAt = startedAt;
		this.deadline = deadline;
	}

	/** Closes the attempt: handed in, or closed by the server at its deadline. */
	public void close(Instant at, boolean timedOut) {
		this.submittedAt = at;
		this.timedOut = timedOut;
	}

	public void score(Integer score) {
		this.score = score;
	}

	public Attempt toRecord() {
		return new Attempt(id(), testId(), staffNo(), number, startedAt, deadline, submittedAt, timedOut, score);
	}
}
