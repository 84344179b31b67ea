package ducha.study.internal.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.jpa.Jpa;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.study.Attempt;
import ducha.study.AttemptResult;
import ducha.study.ExamSession;
import ducha.study.Paper;
import ducha.study.PaperQuestion;
import ducha.study.StudyTest;
import ducha.study.TestService;
import ducha.study.internal.jpa.AnswerEntity;
import ducha.study.internal.jpa.AttemptEntity;
import ducha.study.internal.jpa.GrantEntity;
import ducha.study.internal.jpa.PersonRow;
import ducha.study.internal.jpa.ScoreEntity;
import ducha.study.internal.jpa.StudyUnit;

/**
 * Workbench exams: starting, saving, handing in, the server's timer and the grading. The clock is the server's:
 * an attempt's deadline is fixed when it starts, and every call after the deadline (and
 * {@link TestService#GRACE_SECONDS}) finds the attempt closed with the answers saved before it.
 */
@Component(service = Exams.class)
public class Exams {

	@Reference(target = StudyUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private TestAccess access;

	ExamSession start(long testId, Principal actor) {
		LocalDate today = LocalDate.now();
		closeExpired();
		return Jpa.write(emf, em -> {
			StudyTest test = TestRecords.test(em, testId);
			if (test.mode() != ducha.study.TestMode.WORKBENCH) {
				throw new ValidationException(NLS.bind(Messages.examNotWorkbench, test.code()));
			}
			String staffNo = actor.staffNo();
			if (staffNo == null || access.employedOn(test.heldOn()).stream().noneMatch(s -> s.staffNo().equals(staffNo))) {
				throw new AccessDeniedException(NLS.bind(Messages.examNotCandidate, actor.displayName(), test.code()));
			}
			if (!test.openOn(today)) {
				throw new ValidationException(NLS.bind(Messages.examNotOpen,
						new Object[] { test.code(), test.heldOn(), test.openUntil() }));
			}
			List<AttemptEntity> attempts = attempts(em, testId, staffNo);
			AttemptEntity open = attempts.stream().filter(a -> a.toRecord().open()).findFirst().orElse(null);
			if (open == null) {
				if (attempts.size() >= 1 + granted(em, testId, staffNo)) {
					throw new ValidationException(NLS.bind(Messages.examNoAttemptLeft, actor.displayName(), test.code()));
				}
				Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
				open = new AttemptEntity(testId, staffNo, attempts.size() + 1, now,
						now.plus(test.timeLimitMinutes(), ChronoUnit.MINUTES));
				em.persist(open);
				em.flush();
				access.audit(em, actor, "study.exam.start", "study.test", test.code(),
						"第 " + (attempts.size() + 1) + " 次");
			}
			Paper paper = TestRecords.paper(em, testId);
			Map<Long, String> saved = new HashMap<>();
			for (AnswerEntity a : answers(em, open.id())) {
				if (a.answer() != null) {
					saved.put(a.questionId(), a.answer());
				}
			}
			return new ExamSession(test, open.toRecord(),
					paper.questions().stream().map(PaperQuestion::forCandidate).toList(), saved);
		});
	}

	void save(long attemptId, Map<Long, String> answers, Principal actor) {
		Instant now = Instant.now();
		boolean late = Jpa.write(emf, em -> {
			AttemptEntity attempt = ownOpen(em, attemptId, actor);
			if (late(attempt, now)) {
				return true;
			}
			keep(em, attempt, answers);
			return false;
		});
		if (late) {
			closeExpired();
			throw new ValidationException(NLS.bind(Messages.examTooLate, deadline(attemptId)));
		}
	}

	AttemptResult submit(long attemptId, Map<Long, String> answers, Principal actor) {
		Instant now = Instant.now();
		boolean[] late = new boolean[1];
		AttemptResult result = Jpa.write(emf, em -> {
			AttemptEntity attempt = ownOpen(em, attemptId, actor);
			late[0] = late(attempt, now);
			if (!late[0]) {
				keep(em, attempt, answers);
			}
			AttemptResult graded = grade(em, attempt, late[0] ? attempt.toRecord().deadline() : now, late[0]);
			access.audit(em, actor, "study.exam.submit", "study.attempt", String.valueOf(attemptId),
					late[0] ? "超时" : graded.objectivePoints() + " 分（客观题）");
			return graded;
		});
		if (late[0]) {
			throw new ValidationException(NLS.bind(Messages.examTooLate, local(result.attempt().deadline())));
		}
		return result;
	}

	/** Closes every open attempt whose time (with the grace) ran out, graded on the answers saved before. */
	void closeExpired() {
		Instant limit = Instant.now().minusSeconds(TestService.GRACE_SECONDS);
		Jpa.run(emf, em -> {
			for (AttemptEntity attempt : em.createQuery("select a from AttemptEntity a where a.submittedAt is null"
					+ " and a.deadline < :limit", AttemptEntity.class).setParameter("limit", limit).getResultList()) {
				grade(em, attempt, attempt.toRecord().deadline(), true);
			}
		});
	}

	void grant(String code, String staffNo, Principal actor) {
		access.checkManage(actor);
		access.staff(staffNo);
		Jpa.run(emf, em -> {
			StudyTest test = TestRecords.test(em, code);
			if (test.mode() != ducha.study.TestMode.WORKBENCH) {
				throw new ValidationException(NLS.bind(Messages.grantNotWorkbench, code));
			}
			PersonRow.one(em, GrantEntity.class, test.id(), staffNo, () -> new GrantEntity(test.id(), staffNo))
					.grantOneMore();
			access.audit(em, actor, "study.exam.grant", "study.test", code, staffNo);
		});
	}

	/** Gives a short answer its points; the attempt's score is final once every one is marked. */
	void mark(long attemptId, long questionId, int points, Principal actor) {
		access.checkManage(actor);
		Jpa.run(emf, em -> {
			AttemptEntity attempt = attempt(em, attemptId);
			if (attempt.toRecord().open()) {
				throw new ValidationException(Messages.markNotHandedIn);
			}
			PaperQuestion q = TestRecords.paper(em, attempt.toRecord().testId()).questions().stream()
					.filter(p -> p.question().id() == questionId).findFirst()
					.orElseThrow(() -> new ValidationException(NLS.bind(Messages.examUnknownQuestion, questionId)));
			if (q.question().type().objective()) {
				throw new ValidationException(NLS.bind(Messages.markNotShortAnswer, questionId));
			}
			if (points < 0 || points > q.question().points()) {
				throw new ValidationException(NLS.bind(Messages.markPoints, points, q.question().points()));
			}
			row(em, answerRows(em, attemptId), attemptId, questionId).points(points);
			em.flush();
			finish(em, attempt);
			access.audit(em, actor, "study.exam.mark", "study.attempt", String.valueOf(attemptId),
					questionId + ": " + points);
		});
	}

	/** The answers of the attempt, question by question. */
	static List<AnswerEntity> answers(EntityManager em, long attemptId) {
		return em.createQuery("select a from AnswerEntity a where a.attemptId = :attempt", AnswerEntity.class)
				.setParameter("attempt", attemptId).getResultList();
	}

	/** The attempt's answers by question id. */
	private static Map<Long, AnswerEntity> answerRows(EntityManager em, long attemptId) {
		Map<Long, AnswerEntity> rows = new HashMap<>();
		answers(em, attemptId).forEach(a -> rows.put(a.questionId(), a));
		return rows;
	}

	/** The attempt's answer to the question, a new empty one when the candidate gave none yet. */
	private static AnswerEntity row(EntityManager em, Map<Long, AnswerEntity> rows, long attemptId, long questionId) {
		return rows.computeIfAbsent(questionId, id -> {
			AnswerEntity created = new AnswerEntity(attemptId, id);
			em.persist(created);
			return created;
		});
	}

	static List<AttemptEntity> attempts(EntityManager em, long testId, String staffNo) {
		return PersonRow.of(em, AttemptEntity.class, testId, staffNo);
	}

	static int granted(EntityManager em, long testId, String staffNo) {
		return PersonRow.of(em, GrantEntity.class, testId, staffNo).stream().mapToInt(GrantEntity::extra).sum();
	}

	private AttemptEntity ownOpen(EntityManager em, long attemptId, Principal actor) {
		AttemptEntity attempt = attempt(em, attemptId);
		Attempt a = attempt.toRecord();
		if (!a.staffNo().equals(actor.staffNo())) {
			throw new AccessDeniedException(Messages.examNotYours);
		}
		if (!a.open()) {
			throw new ValidationException(NLS.bind(Messages.examClosed, local(a.submittedAt())));
		}
		return attempt;
	}

	private static AttemptEntity attempt(EntityManager em, long attemptId) {
		AttemptEntity attempt = em.find(AttemptEntity.class, attemptId);
		if (attempt == null) {
			throw new NotFoundException(NLS.bind(Messages.attemptNotFound, attemptId));
		}
		return attempt;
	}

	private static boolean late(AttemptEntity attempt, Instant now) {
		return now.isAfter(attempt.toRecord().deadline().plusSeconds(TestService.GRACE_SECONDS));
	}

	private String deadline(long attemptId) {
		return Jpa.read(emf, em -> local(attempt(em, attemptId).toRecord().deadline()));
	}

	private static String local(Instant instant) {
		return instant.atZone(ZoneId.systemDefault()).toLocalDateTime().toString().replace('T', ' ');
	}

	/** Keeps the answers to questions of the paper; others are refused. */
	private static void keep(EntityManager em, AttemptEntity attempt, Map<Long, String> answers) {
		Paper paper = TestRecords.paper(em, attempt.toRecord().testId());
		Map<Long, AnswerEntity> stored = answerRows(em, attempt.id());
		for (Map.Entry<Long, String> given : answers.entrySet()) {
			if (paper.questions().stream().noneMatch(q -> q.question().id() == given.getKey())) {
				throw new ValidationException(NLS.bind(Messages.examUnknownQuestion, given.getKey()));
			}
			row(em, stored, attempt.id(), given.getKey()).answer(given.getValue() == null || given.getValue().isBlank() ? null : given.getValue().strip());
		}
		em.flush();
	}

	/** Closes the attempt and grades its objective answers; the score is final when no short answer waits. */
	private static AttemptResult grade(EntityManager em, AttemptEntity attempt, Instant closedAt, boolean timedOut) {
		attempt.close(closedAt, timedOut);
		Paper paper = TestRecords.paper(em, attempt.toRecord().testId());
		Map<Long, AnswerEntity> given = answerRows(em, attempt.id());
		int objective = 0;
		int pending = 0;
		for (PaperQuestion q : paper.questions()) {
			AnswerEntity answer = row(em, given, attempt.id(), q.question().id());
			Integer points = Grading.points(q, answer.answer());
			if (points != null) {
				answer.points(points);
				objective += points;
			} else if (answer.answer() == null) {
				answer.points(0); // nothing written: nothing to mark
			} else {
				pending++;
			}
		}
		em.flush();
		Integer score = finish(em, attempt);
		StudyTest test = TestRecords.test(em, attempt.toRecord().testId());
		return new AttemptResult(attempt.toRecord(), objective, pending, test.passes(score));
	}

	/** Sets the attempt's score once every answer has its points, and makes it the person's score of the test. */
	private static Integer finish(EntityManager em, AttemptEntity attempt) {
		List<AnswerEntity> answers = answers(em, attempt.id());
		if (answers.stream().anyMatch(a -> a.points() == null)) {
			return null;
		}
		int score = answers.stream().mapToInt(AnswerEntity::points).sum();
		attempt.score(score);
		Attempt a = attempt.toRecord();
		ScoreEntity row = PersonRow.one(em, ScoreEntity.class, a.testId(), a.staffNo(),
				() -> new ScoreEntity(a.testId(), a.staffNo()));
		// the latest attempt counts: a granted attempt replaces the earlier one
		row.set(score, false, a.submittedAt().atZone(ZoneId.systemDefault()).toLocalDate());
		return score;
	}
}
