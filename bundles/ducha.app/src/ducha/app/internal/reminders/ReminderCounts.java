package ducha.app.internal.reminders;

import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderBoard;

/**
 * The counts the 提醒 indicator and the 提醒 part both show, taken from the same collected reminders, so that the
 * number on the indicator is the number of rows the part lists (the indicator once counted only the urgent ones
 * and the part every one: 10 against 11).
 *
 * @param total   every reminder listed
 * @param overdue past their deadline
 * @param dueSoon due soon
 * @param info    for information
 */
record ReminderCounts(int total, long overdue, long dueSoon, long info) {

	static ReminderCounts of(ReminderBoard.Collected collected) {
		long overdue = count(collected, Reminder.Urgency.OVERDUE);
		long dueSoon = count(collected, Reminder.Urgency.DUE_SOON);
		long info = count(collected, Reminder.Urgency.INFO);
		return new ReminderCounts(collected.reminders().size(), overdue, dueSoon, info);
	}

	private static long count(ReminderBoard.Collected collected, Reminder.Urgency urgency) {
		return collected.reminders().stream().filter(r -> r.urgency() == urgency).count();
	}

	/** The most urgent kind listed, null when nothing is overdue or due soon (the indicator's colour). */
	Reminder.Urgency mostUrgent() {
		return overdue > 0 ? Reminder.Urgency.OVERDUE : dueSoon > 0 ? Reminder.Urgency.DUE_SOON : null;
	}
}
