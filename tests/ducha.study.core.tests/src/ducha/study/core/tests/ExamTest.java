package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.study.AnswerToMark;
import ducha.study.AttemptResult;
import ducha.study.ExamSession;
import ducha.study.PaperQuestion;
import ducha.study.QuestionType;
import ducha.study.StudyTest;
import ducha.study.TestResult;
import ducha.study.TestService;

/** Workbench exams: grading of each type, the marker, the server's timer and the number of attempts. */
class ExamTest {

	private final TestService tests = Osgi.service(TestService.class);
	private final Principal li = ExamCourt.user("li", ExamCourt.LI, Role.STAFF, "MS1");
	private StudyTest test;

	@BeforeEach
	void court() {
		StudyTables.reset();
		ExamCourt.create();
		test = ExamCourt.examToday("2099Q9");
	}

	@Test
	void theTotalIsThePapersAndCandidatesSeeNoKeys() {
		assertEquals(18, test.totalPoints());
		ExamSession session = tests.startExam(test.id(), li);
		assertEquals(4, session.questions().size());
		assertEquals(test.code(), session.test().code());
		assertTrue(session.attempt().deadline().isAfter(Instant.now().plusSeconds(29 * 60)));
	}

	@Test
	void rightAnswersScoreEveryObjectivePointAndTheShortAnswerWaitsForItsMarker() {
		ExamSession session = tests.startExam(test.id(), li);
		AttemptResult result = tests.submit(session.attempt().id(), answers(true, "防止干预司法……"), li);

		assertEquals(8, result.objectivePoints());
		assertEquals(1, result.pendingQuestions());
		assertNull(result.attempt().score(), "not final while the short answer waits");
		assertTrue(own(li).pendingMarking());

		List<AnswerToMark> toMark = tests.toMark(ExamCourt.ADMIN);
		assertEquals(1, toMark.size());
		assertEquals("防止干预司法……", toMark.get(0).answer());
		tests.mark(toMark.get(0).attemptId(), toMark.get(0).questionId(), 7, ExamCourt.ADMIN);

		TestResult mine = own(li);
		assertEquals(15, mine.score());
		assertTrue(mine.passed());
		assertEquals(List.of(), tests.toMark(ExamCourt.ADMIN));
	}

	@Test
	void aMultipleChoiceScoresOnlyWithExactlyItsRightOptions() {
		ExamSession session = tests.startExam(test.id(), li);
		Map<Long, String> answers = answers(true, null);
		PaperQuestion multiple = question(QuestionType.MULTIPLE_CHOICE);
		answers.put(multiple.question().id(), multiple.answer().substring(0, 1)); // one right option of two
		answers.put(question(QuestionType.TRUE_FALSE).question().id(), "对"); // wrong
		AttemptResult result = tests.submit(session.attempt().id(), answers, li);

		assertEquals(2, result.objectivePoints(), "only the single choice");
		assertEquals(0, result.pendingQuestions(), "an empty short answer has nothing to mark");
		assertEquals(2, result.attempt().score());
		assertFalse(result.passed());
	}

	@Test
	void aSupersetOfTheRightOptionsScoresNothingAndLettersMayComeInAnyOrder() {
		ExamSession session = tests.startExam(test.id(), li);
		Map<Long, String> answers = new HashMap<>();
		PaperQuestion multiple = question(QuestionType.MULTIPLE_CHOICE);
		String reversed = new StringBuilder(multiple.answer()).reverse().toString().toLowerCase();
		answers.put(multiple.question().id(), reversed);
		answers.put(question(QuestionType.SINGLE_CHOICE).question().id(), "ABCD");
		AttemptResult result = tests.submit(session.attempt().id(), answers, li);
		assertEquals(4, result.objectivePoints());
	}

	@Test
	void answersAfterTheTimeLimitAreRefusedAndTheAttemptClosesWithWhatWasSaved() throws Exception {
		ExamSession session = tests.startExam(test.id(), li);
		PaperQuestion single = question(QuestionType.SINGLE_CHOICE);
		tests.saveAnswers(session.attempt().id(), Map.of(single.question().id(), single.answer()), li);
		moveDeadline(session.attempt().id(), Instant.now().minusSeconds(TestService.GRACE_SECONDS + 60));

		ValidationException late = assertThrows(ValidationException.class,
				() -> tests.submit(session.attempt().id(), answers(true, null), li));
		assertTrue(late.getMessage().contains("结束") || late.getMessage().contains("ran out"), late.getMessage());

		TestResult mine = own(li);
		assertEquals(2, mine.score(), "graded on the answer saved before the deadline only");
		assertThrows(ValidationException.class, () -> tests.saveAnswers(session.attempt().id(), Map.of(), li));
	}

	@Test
	void anAttemptLeftOpenIsClosedByTheServerOnceItsTimeRanOut() throws Exception {
		ExamSession session = tests.startExam(test.id(), li);
		moveDeadline(session.attempt().id(), Instant.now().minusSeconds(TestService.GRACE_SECONDS + 1));
		PaperQuestion single = question(QuestionType.SINGLE_CHOICE);
		assertThrows(ValidationException.class, () -> tests.saveAnswers(session.attempt().id(),
				Map.of(single.question().id(), single.answer()), li), "a late page is not kept");
		TestResult mine = own(li);
		assertEquals(0, mine.score());
		assertFalse(tests.myTests(li).get(0).canStart(), "the one attempt is used");
	}

	@Test
	void oneAttemptUnlessTheOfficeGrantsAnother() {
		ExamSession first = tests.startExam(test.id(), li);
		assertEquals(first.attempt().id(), tests.startExam(test.id(), li).attempt().id(), "resumed while open");
		tests.submit(first.attempt().id(), answers(false, null), li);
		assertThrows(ValidationException.class, () -> tests.startExam(test.id(), li));

		assertThrows(AccessDeniedException.class, () -> tests.grantAttempt(test.code(), ExamCourt.LI, li));
		tests.grantAttempt(test.code(), ExamCourt.LI, ExamCourt.ADMIN);
		ExamSession second = tests.startExam(test.id(), li);
		assertEquals(2, second.attempt().number());
		tests.submit(second.attempt().id(), answers(true, null), li);
		assertEquals(8, own(li).score(), "the granted attempt replaces the first");
		assertThrows(ValidationException.class, () -> tests.startExam(test.id(), li));
	}

	@Test
	void onlyCandidatesTakeTheExamAndNobodyHandsInAnothersPaper() {
		Principal noStaff = ExamCourt.user("it", null, Role.STAFF);
		assertThrows(AccessDeniedException.class, () -> tests.startExam(test.id(), noStaff));
		ExamSession session = tests.startExam(test.id(), li);
		Principal wang = ExamCourt.user("wang", ExamCourt.WANG, Role.STAFF, "MS1");
		assertThrows(AccessDeniedException.class, () -> tests.submit(session.attempt().id(), Map.of(), wang));
	}

	@Test
	void markingNeedsTheOfficeAndStaysWithinTheQuestionsPoints() {
		ExamSession session = tests.startExam(test.id(), li);
		tests.submit(session.attempt().id(), answers(true, "答案"), li);
		AnswerToMark answer = tests.toMark(ExamCourt.ADMIN).get(0);
		assertThrows(AccessDeniedException.class, () -> tests.mark(answer.attemptId(), answer.questionId(), 5, li));
		assertThrows(ValidationException.class,
				() -> tests.mark(answer.attemptId(), answer.questionId(), 11, ExamCourt.ADMIN));
		assertNotNull(own(li));
	}

	private TestResult own(Principal who) {
		List<TestResult> results = tests.results(test.code(), who);
		assertEquals(1, results.size(), "a staff member sees their own result only");
		return results.get(0);
	}

	private PaperQuestion question(QuestionType type) {
		return tests.paper(test.code(), ExamCourt.ADMIN).questions().stream()
				.filter(q -> q.question().type() == type).findFirst().orElseThrow();
	}

	/** Every objective question answered right (or wrong), and the short answer's text (null: none). */
	private Map<Long, String> answers(boolean right, String shortAnswer) {
		Map<Long, String> answers = new HashMap<>();
		for (PaperQuestion q : tests.paper(test.code(), ExamCourt.ADMIN).questions()) {
			if (q.question().type() == QuestionType.SHORT_ANSWER) {
				if (shortAnswer != null) {
					answers.put(q.question().id(), shortAnswer);
				}
			} else if (q.question().type() == QuestionType.TRUE_FALSE) {
				answers.put(q.question().id(), right ? q.answer() : "对");
			} else {
				answers.put(q.question().id(), right ? q.answer() : q.answer().equals("D") ? "C" : "D");
			}
		}
		return answers;
	}

	/** The server's clock cannot be moved: the attempt's deadline is. */
	private static void moveDeadline(long attemptId, Instant deadline) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement("update study_attempt set deadline = ? where id = ?")) {
			s.setTimestamp(1, Timestamp.from(deadline));
			s.setLong(2, attemptId);
			assertEquals(1, s.executeUpdate());
		}
		Osgi.unit("ducha.study").getCache().evictAll();
	}
}
