package ducha.study.internal.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.study.Paper;
import ducha.study.PaperGenerator;
import ducha.study.PaperQuestion;
import ducha.study.Question;
import ducha.study.StudyTest;
import ducha.study.TestMode;
import ducha.study.TestResult;
import ducha.study.internal.jpa.MakeupEntity;
import ducha.study.internal.jpa.PaperQuestionEntity;
import ducha.study.internal.jpa.QuestionEntity;
import ducha.study.internal.jpa.ScoreEntity;
import ducha.study.internal.jpa.StudyUnit;
import ducha.study.internal.jpa.TestEntity;

/**
 * The stored tests as the service, the ledgers, the figures and the CLI read them: a test by code, its fixed
 * paper, and its results (score, make-up, final score) per person. No permission checks here: callers check first.
 */
@Component(service = TestRecords.class)
public class TestRecords {

	@Reference(target = StudyUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private TestAccess access;

	public EntityManagerFactory unit() {
		return emf;
	}

	public StudyTest test(String code) {
		return Jpa.read(emf, em -> test(em, code));
	}

	public static StudyTest test(EntityManager em, String code) {
		TestEntity entity = entity(em, code);
		if (entity == null) {
			throw new NotFoundException(NLS.bind(Messages.testNotFound, code));
		}
		return entity.toRecord();
	}

	/** The test of the code, or null. */
	public static TestEntity entity(EntityManager em, String code) {
		return em.createQuery("select t from TestEntity t where t.code = :code", TestEntity.class)
				.setParameter("code", code).getResultList().stream().findFirst().orElse(null);
	}

	public static StudyTest test(EntityManager em, long id) {
		TestEntity entity = em.find(TestEntity.class, id);
		if (entity == null) {
			throw new NotFoundException(NLS.bind(Messages.testIdNotFound, id));
		}
		return entity.toRecord();
	}

	/** Every test, latest first. */
	public List<StudyTest> tests() {
		return Jpa.read(emf, em -> em.createQuery("select t from TestEntity t order by t.heldOn desc, t.code desc",
				TestEntity.class).getResultList().stream().map(TestEntity::toRecord).toList());
	}

	/**
	 * Stores a new test and, when its spec asks for questions, the paper drawn from the bank with its seed; the
	 * total is then the paper's points.
	 *
	 * @return the stored test and its paper
	 */
	public static StudyTest storeWithPaper(EntityManager em, StudyTest test) {
		Paper paper = PaperGenerator.draw(DefaultQuestionBank.all(em), test.spec(), test.seed());
		int total = paper.questions().isEmpty() ? test.totalPoints() : paper.totalPoints();
		if (test.passMark() < 1 || test.passMark() > total) {
			throw new ValidationException(NLS.bind(Messages.testPassMark, test.passMark(), total));
		}
		StudyTest withTotal = new StudyTest(0, test.code(), test.title(), test.year(), test.quarter(), test.heldOn(),
				test.openUntil(), test.passMark(), total, test.mode(), test.timeLimitMinutes(), test.seed(),
				test.spec(), test.makeupRule());
		TestEntity entity = new TestEntity(withTotal);
		em.persist(entity);
		em.flush();
		for (PaperQuestion q : paper.questions()) {
			em.persist(new PaperQuestionEntity(entity.id(), q.number(), q.question().id(), q.optionOrder()));
		}
		return entity.toRecord();
	}

	/** The test's fixed paper, with its keys. */
	public static Paper paper(EntityManager em, long testId) {
		List<PaperQuestion> questions = new ArrayList<>();
		for (PaperQuestionEntity row : em.createQuery("select p from PaperQuestionEntity p where p.testId = :test"
				+ " order by p.position", PaperQuestionEntity.class).setParameter("test", testId).getResultList()) {
			Question q = em.find(QuestionEntity.class, row.questionId()).toRecord();
			questions.add(new PaperQuestion(row.position(), q, row.optionOrder()));
		}
		return new Paper(questions);
	}

	public Paper paper(long testId) {
		return Jpa.read(emf, em -> paper(em, testId));
	}

	/**
	 * Every candidate's result and that of whoever else has a score or a make-up, in the directory's order (工号
	 * the directory no longer knows last).
	 */
	public List<TestResult> results(StudyTest test) {
		return Jpa.read(emf, em -> results(em, test));
	}

	List<TestResult> results(EntityManager em, StudyTest test) {
		Map<String, ScoreEntity> scores = new HashMap<>();
		em.createQuery("select s from ScoreEntity s where s.testId = :test", ScoreEntity.class)
				.setParameter("test", test.id()).getResultList().forEach(s -> scores.put(s.staffNo(), s));
		Map<String, MakeupEntity> makeups = new HashMap<>();
		em.createQuery("select m from MakeupEntity m where m.testId = :test", MakeupEntity.class)
				.setParameter("test", test.id()).getResultList().forEach(m -> makeups.put(m.staffNo(), m));
		Set<String> pending = new HashSet<>(em.createQuery("select a.staffNo from AttemptEntity a where a.testId = :test"
				+ " and a.submittedAt is not null and a.score is null", String.class).setParameter("test", test.id())
				.getResultList());
		Map<String, Staff> people = new LinkedHashMap<>();
		access.employedOn(test.heldOn()).forEach(s -> people.put(s.staffNo(), s));
		Set<String> others = new HashSet<>(scores.keySet());
		others.addAll(makeups.keySet());
		others.removeAll(people.keySet());
		if (!others.isEmpty()) {
			access.allStaff().stream().filter(s -> others.contains(s.staffNo())).forEach(s -> people.put(s.staffNo(), s));
			others.stream().sorted().filter(no -> !people.containsKey(no)).forEach(no -> people.put(no, null));
		}
		boolean over = test.mode() == TestMode.PAPER || LocalDate.now().isAfter(test.openUntil());
		List<TestResult> results = new ArrayList<>();
		people.forEach((no, staff) -> results.add(result(test, no, staff, scores.get(no), makeups.get(no),
				pending.contains(no), over)));
		return results;
	}

	private static TestResult result(StudyTest test, String staffNo, Staff staff, ScoreEntity score,
			MakeupEntity makeup, boolean pending, boolean over) {
		Integer points = score == null ? null : score.score();
		boolean absent = score != null ? score.absent() : !pending && over;
		Integer makeupScore = makeup == null ? null : makeup.score();
		Integer finalScore = test.makeupRule().finalScore(points, makeupScore, test.passMark());
		return new TestResult(test.code(), staffNo, staff == null ? staffNo : staff.name(),
				staff == null ? "" : staff.departmentCode(), points, absent, pending,
				score == null ? null : score.date(), makeupScore, makeup == null ? null : makeup.date(), finalScore,
				test.passes(finalScore));
	}
}
