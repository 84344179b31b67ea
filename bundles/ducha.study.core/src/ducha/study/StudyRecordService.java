package ducha.study;

import java.util.List;
import java.util.Optional;

import ducha.core.period.Period;
import ducha.core.security.Principal;

/**
 * The departments' study sessions (学习记录). Reading needs {@link StudyPermissions#RECORDS_READ} and the department
 * in the reader's scope, or the department assigned to the reader for a monthly review (a political supervisor
 * reads the records they review); writing needs {@link StudyPermissions#RECORDS_WRITE} and the department in the
 * writer's scope. Every change is audited.
 */
public interface StudyRecordService {

	/** Kind of record of the sessions' attachments ({@link ducha.core.attachments.AttachmentPolicy#owner()}). */
	String ATTACHMENT_OWNER = "study.session";

	/** The department's sessions held in the period, by date. */
	List<StudySession> sessions(String departmentCode, Period period, Principal reader);

	/** The session with the 编号, if the reader may see it. */
	Optional<StudySession> session(String recordNo, Principal reader);

	/**
	 * Stores a new session.
	 *
	 * @return the stored session with id and 编号
	 * @throws ducha.core.ValidationException listing every problem (unknown attendee, missing topic, ...)
	 */
	StudySession record(StudySession session, Principal actor);

	/** Replaces the stored session of the same 编号 (its department may not change). */
	StudySession update(StudySession session, Principal actor);

	/** Removes the session with the 编号 and its attachments. */
	void delete(String recordNo, Principal actor);
}
