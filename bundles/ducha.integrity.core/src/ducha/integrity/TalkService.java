package ducha.integrity;

import java.util.List;
import java.util.Optional;

import ducha.core.security.Principal;

/**
 * Three-level talks (三级约谈). Recording needs {@link IntegrityPermissions#RECORDS_WRITE}; every change is
 * audited.
 */
public interface TalkService {

	/** The staff member's talks, oldest first; needs read access to the staff member's archive. */
	List<Talk> talks(String staffNo, Principal reader);

	Optional<Talk> talk(long id);

	/**
	 * Stores a new talk (its {@code escalatedFrom} must be null: use {@link #escalate}). Who held it is a staff
	 * member ({@link Talk#heldByStaffNo()}, required); a blank {@link Talk#heldBy()} is filled with their name.
	 *
	 * @return the stored talk with id and 编号
	 * @throws ducha.core.ValidationException listing every problem (unknown 工号 of the person or of the talker,
	 *                                        missing reason, ...)
	 */
	Talk record(Talk talk, Principal actor);

	/**
	 * Records the talk at the next level that follows an earlier one, with the same person, on or after its day.
	 * The level of {@code next} is ignored: it is always the earlier talk's next level. Who held it is
	 * {@code next}'s own talker, checked as by {@link #record}. Escalating changes the earlier talk (its version
	 * moves): a desktop still showing it as not escalated is refused.
	 *
	 * @param seenVersion the {@link Talk#version()} of the earlier talk as the caller saw it
	 * @throws ducha.core.ConcurrentChangeException when the earlier talk changed since, e.g. another desktop
	 *                                              escalated it, naming who and when
	 * @throws ducha.core.ValidationException       when the earlier talk is already at the highest level, was
	 *                                              already escalated, or the new talk is dated before it
	 */
	Talk escalate(long fromTalkId, long seenVersion, Talk next, Principal actor);

	/** The talk that escalated the given one, if any. */
	Optional<Talk> escalationOf(long talkId);
}
