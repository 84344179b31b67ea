package ducha.cases;

import java.time.LocalDate;

/**
 * A reminder talk (提醒谈话) over a finding, held by the vice president in charge with the head of supervision.
 *
 * @param id           stored id
 * @param findingId    the finding
 * @param date         day held
 * @param heldByNo     工号 of the leader who held it
 * @param supervisorNo 工号 of the head of supervision present, may be null
 * @param staffNo      工号 of the staff member talked to
 * @param content      what was said
 */
public record ReminderTalk(long id, long findingId, LocalDate date, String heldByNo, String supervisorNo,
		String staffNo, String content) {
}
