package ducha.study.internal.jpa;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code study_paper_question}: one question of a test's fixed paper and its option order. */
@Entity
@Table(name = "study_paper_question")
public class PaperQuestionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "test_id")
	private long testId;

	@Column(name = "paper_position")
	private int position;

	@Column(name = "question_id")
	private long questionId;

	@Column(name = "option_order")
	private String optionOrder;

	protected PaperQuestionEntity() {
	}

	public PaperQuestionEntity(long testId, int position, long questionId, List<Integer> optionOrder) {
		this.testId = testId;
		this.position = position;
		this.questionId = questionId;
		this.optionOrder = optionOrder.isEmpty() ? null
				: String.join(",", optionOrder.stream().map(String::valueOf).toList());
	}

	public int position() {
		return position;
	}

	public long questionId() {
		return questionId;
	}

	public List<Integer> optionOrder() {
		return optionOrder == null ? List.of() : Arrays.stream(optionOrder.split(",")).map(Integer::valueOf).toList();
	}
}
