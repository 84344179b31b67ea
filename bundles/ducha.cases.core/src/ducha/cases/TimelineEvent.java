package ducha.cases;

import java.time.LocalDate;

/**
 * One entry of a case's tracking record (一案一跟踪).
 *
 * @param orderId the order it belongs to
 * @param caseNo  the case
 * @param date    when
 * @param kind    ISSUED, STARTED, NOTE, REMINDER_TWO_THIRDS, REMINDER_DAYS_BEFORE, REMINDER_OVERDUE, ESCALATED,
 *                EXTENSION_REQUESTED, EXTENDED or CLOSED
 * @param detail  what happened, in Chinese
 * @param actor   who recorded it
 */
public record TimelineEvent(long orderId, String caseNo, LocalDate date, String kind, String detail, String actor) {
}
