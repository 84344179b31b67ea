package ducha.study.internal.tests;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.security.Principal;
import ducha.study.AnswerToMark;
import ducha.study.Attempt;
import ducha.study.AttemptResult;
import ducha.study.ExamSession;
import ducha.study.MakeupRule;
import ducha.study.MyTest;
import ducha.study.Paper;
import ducha.study.PaperQuestion;
import ducha.study.StudyTest;
import ducha.study.TestResult;
import ducha.study.TestService;
import ducha.study.internal.jpa.AnswerEntity;
import ducha.study.internal.jpa.AttemptEntity;
import ducha.study.internal.jpa.MakeupEntity;
import ducha.study.internal.jpa.PersonRow;

/** Quarterly tests and make-ups; the exams themselves are {@link Exams}', the stored records {@link TestRecords}'. */
@Component
public class DefaultTestService implements TestService {

	@Reference
	private TestRecords records;

	@Reference
	private Exams exams;

	@Reference
	private TestAccess access;

	@Reference
	private ScoreImport scoreImport;

	@Override
	public StudyTest create(StudyTest test, Principal actor) {
		access.checkManage(actor);
		MakeupRule rule = test.makeupRule() != null ? test.makeupRule() : MakeupSetting.read();
		StudyTest checked = TestRules.check(test, rule);
		StudyTest stored = Jpa.write(records.unit(), em -> {
			if (TestRecords.entity(em, checked.code()) != null) {
				throw new ValidationException(NLS.bind(Messages.testExists, checked.code()));
			}
			StudyTest done = TestRecords.storeWithPaper(em, checked);
			em.flush();
			int questions = TestRecords.paper(em, done.id()).questions().size();
			access.audit(em, actor, "study.test.create", "study.test", done.code(), NLS.bind(Messages.auditTestCreated,
					new Object[] { done.title(), done.mode().label(), questions, done.seed() }));
			return done;
		});
		return stored;
	}

	@Override
	public List<StudyTest> tests(Principal actor) {
		return records.tests();
	}

	@Override
	public Optional<StudyTest> test(String code) {
		try {
			return Optional.of(records.test(code));
		} catch (NotFoundException e) {
			return Optional.empty();
		}
	}

	@Override
	public Paper paper(String code, Principal actor) {
		access.checkManage(actor);
		return records.paper(records.test(code).id());
	}

	@Override
	public List<Staff> candidates(String code, Principal actor) {
		access.checkManage(actor);
		return access.employedOn(records.test(code).heldOn());
	}

	@Override
	public LedgerImportResult importScores(String code, Path file, Principal actor, IProgressMonitor monitor) {
		access.checkManage(actor);
		records.test(code);
		return scoreImport.importFor(code, file, actor, monitor);
	}

	@Override
	public void grantAttempt(String code, String staffNo, Principal actor) {
		exams.grant(code, staffNo, actor);
	}

	@Override
	public ExamSession startExam(long testId, Principal actor) {
		return exams.start(testId, actor);
	}

	@Override
	public void saveAnswers(long attemptId, Map<Long, String> answers, Principal actor) {
		exams.save(attemptId, answers, actor);
	}

	@Override
	public AttemptResult submit(long attemptId, Map<Long, String> answers, Principal actor) {
		return exams.submit(attemptId, answers, actor);
	}

	@Override
	public List<AnswerToMark> toMark(Principal actor) {
		access.checkManage(actor);
		exams.closeExpired();
		return Jpa.read(records.unit(), em -> {
			List<AnswerToMark> list = new ArrayList<>();
			Map<Long, Paper> papers = new HashMap<>();
			for (AttemptEntity entity : em.createQuery("select a from AttemptEntity a where a.submittedAt is not null"
					+ " and a.score is null order by a.submittedAt, a.id", AttemptEntity.class).getResultList()) {
				Attempt a = entity.toRecord();
				StudyTest test = TestRecords.test(em, a.testId());
				Paper paper = papers.computeIfAbsent(a.testId(), id -> TestRecords.paper(em, id));
				String name = access.directory().staff(a.staffNo()).map(Staff::name).orElse(a.staffNo());
				for (AnswerEntity answer : Exams.answers(em, a.id())) {
					if (answer.points() != null) {
						continue;
					}
					PaperQuestion q = paper.questions().stream()
							.filter(p -> p.question().id() == answer.questionId()).findFirst().orElseThrow();
					list.add(new AnswerToMark(a.id(), test.code(), a.staffNo(), name, answer.questionId(),
							q.question().text(), q.question().answer(),
							answer.answer() == null ? "" : answer.answer(), q.question().points()));
				}
			}
			return list;
		});
	}

	@Override
	public void mark(long attemptId, long questionId, int points, Principal actor) {
		exams.mark(attemptId, questionId, points, actor);
	}

	@Override
	public List<TestResult> results(String code, Principal actor) {
		exams.closeExpired();
		TestAccess.ScoreVisibility visible = access.visibility(actor);
		return records.results(records.test(code)).stream()
				.filter(r -> visible.test(r.staffNo(), r.departmentCode())).toList();
	}

	@Override
	public List<TestResult> makeupList(String code, Principal actor) {
		access.checkManage(actor);
		exams.closeExpired();
		return records.results(records.test(code)).stream().filter(TestResult::makeupDue).toList();
	}

	@Override
	public void recordMakeup(String code, String staffNo, int score, LocalDate date, Principal actor) {
		access.checkManage(actor);
		StudyTest test = records.test(code);
		Staff staff = access.staff(staffNo);
		TestResult result = records.results(test).stream().filter(r -> r.staffNo().equals(staffNo)).findFirst()
				.orElse(null);
		List<MakeupRules.Problem> problems = MakeupRules.problems(test, result, staff.name(), score, date);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems.stream().map(MakeupRules.Problem::text).toList());
		}
		Jpa.run(records.unit(), em -> {
			PersonRow.one(em, MakeupEntity.class, test.id(), staffNo, () -> new MakeupEntity(test.id(), staffNo))
					.set(score, date);
			access.audit(em, actor, "study.makeup.record", "staff", staffNo, code + " " + score + " " + date);
		});
	}

	@Override
	public List<MyTest> myTests(Principal actor) {
		exams.closeExpired();
		String staffNo = actor.staffNo();
		if (staffNo == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now();
		List<MyTest> mine = new ArrayList<>();
		for (StudyTest test : records.tests()) {
			TestResult result = records.results(test).stream().filter(r -> r.staffNo().equals(staffNo)).findFirst()
					.orElse(null);
			if (result == null) {
				continue;
			}
			List<Attempt> attempts = Jpa.read(records.unit(), em -> Exams.attempts(em, test.id(), staffNo).stream()
					.map(AttemptEntity::toRecord).toList());
			Attempt open = attempts.stream().filter(Attempt::open).findFirst().orElse(null);
			int allowed = 1 + Jpa.read(records.unit(), em -> Exams.granted(em, test.id(), staffNo));
			boolean canStart = test.openOn(today) && (open != null || attempts.size() < allowed);
			mine.add(new MyTest(test, canStart, open, result));
		}
		return mine;
	}

	@Override
	public List<TestResult> myResults(Principal actor) {
		return myTests(actor).stream().map(MyTest::result).toList();
	}

	@Override
	public int scoreSheet(int year, int quarter, OutputStream out, Principal actor) {
		TestAccess.ScoreVisibility visible = access.visibility(actor);
		List<StudyTest> tests = records.tests().stream().filter(t -> t.year() == year && t.quarter() == quarter)
				.sorted(Comparator.comparing(StudyTest::code)).toList();
		List<ScoreSheet.Row> rows = new ArrayList<>();
		for (StudyTest test : tests) {
			for (TestResult r : records.results(test)) {
				if (visible.test(r.staffNo(), r.departmentCode())) {
					rows.add(new ScoreSheet.Row(test, r));
				}
			}
		}
		ScoreSheet.write(rows, access.directory().departmentNames(), out);
		access.auditUnchanged(actor, "study.scores.sheet", "study.test", StudyTest.codeOf(year, quarter),
				rows.size() + " 行");
		return rows.size();
	}
}
