package ducha.cases;

import java.time.LocalDate;
import java.util.List;

import ducha.core.period.Period;
import ducha.core.security.Principal;

/**
 * Supervision + review (督察+评查): findings → reminder talks → rectification follow-ups, gathered in numbered case
 * bulletins. Changes need {@link CasePermissions#REVIEW} and are audited.
 */
public interface ReviewService {

	/** Records a finding; the staff member must exist, the department is taken from the directory. */
	ReviewFinding addFinding(String caseNo, FindingType type, String staffNo, LocalDate found, String description,
			Principal actor);

	/** Records a reminder talk with the finding's staff member, on or after the finding's day. */
	ReminderTalk holdTalk(long findingId, LocalDate date, String heldByNo, String supervisorNo, String content,
			Principal actor);

	/** Opens the rectification follow-up of a finding. */
	RectificationFollowup openFollowup(long findingId, LocalDate opened, String supervisorNo, String measures,
			Principal actor);

	/**
	 * Marks a follow-up verified closed.
	 *
	 * @param seenVersion the {@link RectificationFollowup#version()} the caller saw
	 * @throws ducha.core.ConcurrentChangeException when the follow-up changed since
	 */
	RectificationFollowup verifyFollowup(long followupId, long seenVersion, LocalDate verified, String verification,
			Principal actor);

	/**
	 * Issues the next bulletin of the issue day's year (2024年第1期, 第2期, ...) gathering the given findings, which
	 * must not be in another bulletin yet. The number comes from the platform's
	 * {@link ducha.core.documents.NumberingService} (kind {@code cases.bulletin}) when it runs; the document is
	 * composed and written by {@link BulletinDocuments}.
	 */
	CaseBulletin issueBulletin(LocalDate issued, String title, List<Long> findingIds, Principal actor);

	/** Findings dated inside the period that the reader may see, by date. */
	List<ReviewFinding> findings(Period period, Principal reader);

	List<ReviewFinding> findingsOf(long bulletinId, Principal reader);

	List<CaseBulletin> bulletins(Period period);

	List<ReminderTalk> talks(long findingId);

	List<RectificationFollowup> followups(long findingId);
}
