package ducha.study.internal.jpa;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.study.Question;
import ducha.study.QuestionType;

/** Row of {@code study_question}; the options are kept one per line. */
@Entity
@Table(name = "study_question")
public class QuestionEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (study migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	private String code;

	private String topic;

	@Enumerated(EnumType.STRING)
	@Column(name = "question_type")
	private QuestionType type;

	@Column(name = "question_text")
	private String text;

	private String options;

	private String answer;

	private int points;

	private boolean retired;

	protected QuestionEntity() {
	}

	public QuestionEntity(Question q) {
		update(q);
	}

	/** Takes every value of the question but its id. */
	public void update(Question q) {
		code = q.code();
		topic = q.topic();
		type = q.type();
		text = q.text();
		options = q.options().isEmpty() ? null : String.join("\n", q.options());
		answer = q.answer();
		points = q.points();
		retired = q.retired();
	}

	public void retire() {
		retired = true;
	}

	public long id() {
		return id;
	}

	public Question toRecord() {
		List<String> list = options == null ? List.of() : Arrays.asList(options.split("\n"));
		return new Question(id, code, topic, type, text, list, answer, points, retired, version);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
