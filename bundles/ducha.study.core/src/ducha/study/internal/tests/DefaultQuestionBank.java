package ducha.study.internal.tests;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.study.Question;
import ducha.study.QuestionBank;
import ducha.study.internal.jpa.QuestionEntity;
import ducha.study.internal.jpa.StudyUnit;

/** The question bank on table {@code study_question}. */
@Component
public class DefaultQuestionBank implements QuestionBank {

	@Reference(target = StudyUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private TestAccess access;

	@Override
	public List<Question> questions(String topic, boolean withRetired, Principal actor) {
		access.checkManage(actor);
		return Jpa.read(emf, em -> all(em).stream()
				.filter(q -> (topic == null || q.topic().equals(topic)) && (withRetired || !q.retired())).toList());
	}

	@Override
	public List<String> topics(Principal actor) {
		return questions(null, false, actor).stream().map(Question::topic).distinct().sorted().toList();
	}

	@Override
	public Question save(Question question, Principal actor) {
		access.checkManage(actor);
		List<String> problems = QuestionRules.problems(question);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		Question normalised = new Question(question.id(), question.code().strip(), question.topic().strip(),
				question.type(), question.text().strip(), question.options(), QuestionRules.normalisedAnswer(question),
				question.points(), question.retired(), question.version());
		Question stored = Jpa.write(emf, em -> {
			QuestionEntity entity = byCode(em, normalised.code());
			if (entity == null) {
				entity = new QuestionEntity(normalised);
				em.persist(entity);
			} else {
				if (normalised.id() != 0) {
					// an edit of a stored question: refused when it changed after the form was filled
					access.expectUnchanged(entity.version(), normalised.version(), "study.question", normalised.code(),
							NLS.bind(Messages.questionLabel, normalised.code()));
				}
				entity.update(normalised);
			}
			em.flush();
			Question done = entity.toRecord();
			access.audit(em, actor, "study.question.save", "study.question", done.code(),
					done.topic() + " " + done.type().label());
			return done;
		});
		return stored;
	}

	@Override
	public void retire(String code, Principal actor) {
		access.checkManage(actor);
		Jpa.run(emf, em -> {
			QuestionEntity entity = byCode(em, code);
			if (entity == null) {
				throw new NotFoundException(NLS.bind(Messages.questionNotFound, code));
			}
			entity.retire();
			access.audit(em, actor, "study.question.retire", "study.question", code, "");
		});
	}

	/** Every question, in 题号 order. */
	static List<Question> all(EntityManager em) {
		return em.createQuery("select q from QuestionEntity q order by q.code", QuestionEntity.class).getResultList()
				.stream().map(QuestionEntity::toRecord).toList();
	}

	static QuestionEntity byCode(EntityManager em, String code) {
		return em.createQuery("select q from QuestionEntity q where q.code = :code", QuestionEntity.class)
				.setParameter("code", code).getResultList().stream().findFirst().orElse(null);
	}
}
