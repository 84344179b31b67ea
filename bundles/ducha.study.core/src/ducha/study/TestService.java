package ducha.study;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.security.Principal;

/**
 * Quarterly tests (季检测) and make-ups (补考). Holding tests, importing and marking scores and recording make-ups
 * need {@link StudyPermissions#TESTS_MANAGE}; reading scores needs {@link StudyPermissions#SCORES_READ_ALL}, or
 * {@link StudyPermissions#SCORES_READ_DEPARTMENT} for the staff of the departments in one's scope; a staff member
 * reads their own scores and takes the exams they are a candidate of without any permission.
 */
public interface TestService {

	/** Seconds after the deadline that answers are still taken (the network, a slow disk). */
	int GRACE_SECONDS = 30;

	/**
	 * Creates a test and, when its spec asks for questions, draws its paper from the bank with its seed and fixes
	 * it (later edits of the bank change no paper drawn). The total is the paper's points then. A null make-up rule
	 * takes the office's setting ({@link MakeupRule#SETTING}).
	 *
	 * @throws ducha.core.ValidationException listing every problem, the bank's too few questions among them
	 */
	StudyTest create(StudyTest test, Principal actor);

	/** Every test, latest first; anyone logged in may list them (titles and dates are no secret). */
	List<StudyTest> tests(Principal actor);

	Optional<StudyTest> test(String code);

	/** The test's paper with its keys (TESTS_MANAGE). Empty for a test without paper. */
	Paper paper(String code, Principal actor);

	/**
	 * The candidates: the staff employed on the test day (在职 or 借调, hired on or before it), in the directory's
	 * order (TESTS_MANAGE).
	 */
	List<Staff> candidates(String code, Principal actor);

	/**
	 * Imports a score file for one test through the scores ledger: rows may leave 检测编号 empty (it is this test);
	 * a row naming another test is refused like every other bad row, and nothing is stored then.
	 *
	 * @param monitor progress and cancel; may be null
	 * @throws ducha.core.ledger.LedgerValidationException every bad row as file:row:column
	 */
	LedgerImportResult importScores(String code, Path file, Principal actor, IProgressMonitor monitor);

	/** Allows the staff member one more attempt at a workbench exam (TESTS_MANAGE). */
	void grantAttempt(String code, String staffNo, Principal actor);

	/**
	 * Starts (or resumes, while its time runs) the actor's exam: the actor must be a candidate, the exam open
	 * today and an attempt left (one unless the office granted more).
	 */
	ExamSession startExam(long testId, Principal actor);

	/** Keeps the answers given so far (the workbench saves on every page); refused after the deadline. */
	void saveAnswers(long attemptId, Map<Long, String> answers, Principal actor);

	/**
	 * Hands the exam in and grades it: objective questions at once (a multiple choice scores only when exactly its
	 * right options are chosen), short answers wait for a marker. Answers that come later than the deadline and
	 * {@link #GRACE_SECONDS} are refused: the attempt is closed with the answers saved before its deadline and a
	 * {@link ducha.core.ValidationException} says so.
	 *
	 * @param answers by question id: letters of the options as the paper shows them (e.g. {@code AC}), 对 or 错,
	 *                or the text of a short answer
	 */
	AttemptResult submit(long attemptId, Map<Long, String> answers, Principal actor);

	/** Short answers of handed-in exams that wait for a marker, oldest first (TESTS_MANAGE). */
	List<AnswerToMark> toMark(Principal actor);

	/**
	 * Gives a short answer its points (0 to the question's points); once every short answer of the attempt is
	 * marked its score is final (TESTS_MANAGE).
	 */
	void mark(long attemptId, long questionId, int points, Principal actor);

	/** Every candidate's result and whoever else has a score, in the directory's order, as the actor may see. */
	List<TestResult> results(String code, Principal actor);

	/** Whoever is below the pass mark or was absent and has no make-up yet (TESTS_MANAGE). */
	List<TestResult> makeupList(String code, Principal actor);

	/**
	 * Records a make-up score (TESTS_MANAGE): only for someone below the pass mark or absent, dated on or after
	 * the test and not in the future.
	 */
	void recordMakeup(String code, String staffNo, int score, LocalDate date, Principal actor);

	/** The actor's own tests: those they are a candidate of or have a score in, latest first. */
	List<MyTest> myTests(Principal actor);

	/** The actor's own results, latest first. */
	List<TestResult> myResults(Principal actor);

	/**
	 * The quarter's study-score sheet (学习成绩表) per person as XLSX, for the performance assessment: 工号, 姓名,
	 * 部门, 检测, 成绩, 补考成绩, 最终成绩, 是否及格; the staff the actor may see.
	 *
	 * @return the rows written
	 */
	int scoreSheet(int year, int quarter, OutputStream out, Principal actor);
}
