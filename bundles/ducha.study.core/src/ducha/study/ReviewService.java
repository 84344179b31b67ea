package ducha.study;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import ducha.core.directory.Staff;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.Principal;

/**
 * The monthly review (月调阅): the month's assignment of political supervisors to departments, the reviews they
 * carry out and the month's feedback to each department. Every change is audited.
 * <p>
 * Access: proposing and saving the assignment needs {@link StudyPermissions#REVIEWS_ASSIGN} (督察室); reading it
 * needs {@link StudyPermissions#REVIEWS_READ_ALL}, REVIEWS_ASSIGN or REVIEWS_WRITE (a political supervisor sees
 * the lines of the month, to know what is theirs). Recording a review needs {@link StudyPermissions#REVIEWS_WRITE}:
 * the office for any department, a political supervisor only as the reviewer of a department assigned to them that
 * month. A reader with REVIEWS_READ_ALL sees every review; a political supervisor those of the departments assigned
 * to them (and their own); a department head those of their department.
 */
public interface ReviewService {

	/** Kind under which the month's feedback documents are numbered (2024年第N期). */
	String FEEDBACK_KIND = "study.review-feedback";

	/** The office that issues the feedback, as it signs. */
	String OFFICE = "政治部（督察室）";

	/**
	 * The proposed assignment of the month: the political supervisors holding the role on its first day, each with
	 * their own department, over every active department of the directory, with the stored assignments of earlier
	 * months as history ({@link ReviewRotation}). Nothing is stored.
	 */
	RotationProposal propose(YearMonth month, Principal actor);

	/**
	 * Replaces the month's assignment with the lines (the proposal as the office edited it).
	 *
	 * @throws ducha.core.ValidationException naming every refused line: a reviewer of their own department, an
	 *                                        unknown 工号 or department, a reviewer not holding the political
	 *                                        supervisor's role in the month, a department assigned twice
	 */
	List<ReviewAssignment> saveAssignments(YearMonth month, List<ReviewAssignment> lines, Principal actor);

	/** The month's stored assignment, in the directory's order of departments. */
	List<ReviewAssignment> assignments(YearMonth month, Principal reader);

	/**
	 * Stores a review carried out.
	 *
	 * @throws ducha.core.ValidationException             naming every problem (a covered 工号 not on the
	 *                                                    department's staff, a date before the month, ...)
	 * @throws ducha.core.security.AccessDeniedException when a political supervisor records a review not assigned
	 *                                                    to them
	 */
	Review record(Review review, Principal actor);

	/**
	 * The serving staff of the department whose records a review of the month may cover, for whoever may record that
	 * review (the office, or the political supervisor it is assigned to, even when the department is outside their
	 * own scope).
	 */
	List<Staff> coverable(YearMonth month, String departmentCode, Principal actor);

	/**
	 * Records the verification of a problem's rectification, by whoever may record the review it belongs to.
	 * {@code seenVersion} is the {@link ReviewProblem#version()} the caller read: a problem verified or changed since
	 * is refused with a {@link ducha.core.ConcurrentChangeException} naming who changed it.
	 *
	 * @return the review with the problem verified
	 */
	Review verify(long problemId, long seenVersion, String verification, LocalDate verifiedOn, Principal actor);

	/** The reviews the reader may see, by month, department and 编号. */
	List<Review> reviews(ReviewFilter filter, Principal reader);

	/**
	 * Issues the month's feedback to one department (本月学习记录调阅情况反馈) with the next number of
	 * {@link #FEEDBACK_KIND} of the month's year, and writes it as DOCX or PDF; needs REVIEWS_ASSIGN. The issue is
	 * audited.
	 *
	 * @throws ducha.core.ValidationException when the department had no review that month
	 * @throws ducha.core.DuchaException      when the platform's document or numbering service is not available
	 *                                        (no number is taken)
	 */
	OfficialDocument feedback(YearMonth month, String departmentCode, DocumentFormat format, OutputStream out,
			Principal actor) throws IOException;

	/**
	 * The month's feedback to one department as {@link #feedback} would issue it, without a number: for a preview.
	 * Needs REVIEWS_ASSIGN; takes no number and changes nothing.
	 *
	 * @throws ducha.core.ValidationException when the department had no review that month
	 */
	OfficialDocument feedbackDraft(YearMonth month, String departmentCode, Principal actor);

	/** True when feedback documents can be written now (the platform's document and numbering services are there). */
	boolean documentsAvailable();
}
