package ducha.study.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code study_answer}: a candidate's answer to one question and, once graded or marked, its points. */
@Entity
@Table(name = "study_answer")
public class AnswerEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "attempt_id")
	private long attemptId;

	@Column(name = "question_id")
	private long questionId;

	private String answer;

	private Integer points;

	protected AnswerEntity() {
	}

	public AnswerEntity(long attemptId, long questionId) {
		this.attemptId = attemptId;
		this.questionId = questionId;
	}

	public long attemptId() {
		return attemptId;
	}

	public long questionId() {
		return questionId;
	}

	public String answer() {
		return answer;
	}

	public void answer(String answer) {
		this.answer = answer;
	}

	/** Null until graded (objective) or marked (short answer). */
	public Integer points() {
		return points;
	}

	public void points(Integer points) {
		this.points = points;
	}
}
