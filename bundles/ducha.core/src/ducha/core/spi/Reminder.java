package ducha.core.spi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import ducha.core.Language;

/**
 * One item in the notifications area.
 *
 * @param sourceId     the {@link ReminderSource#id()} that produced it
 * @param key          stable key of the record within the source (e.g. the order id), so the UI can keep selection
 * @param urgency      how urgent; {@link Urgency#OVERDUE} first
 * @param title        one Chinese line, e.g. "督办单 2024-017 已超期 3 天"
 * @param detail       a second line (case number, responsible person, ...), may be empty
 * @param due          the deadline the reminder is about, may be null
 * @param target       the {@link ViewTargets logical view} that shows the record, or null
 */
public record Reminder(String sourceId, String key, Urgency urgency, String title, String detail, LocalDate due,
		String target) {

	/** Ordered from most to least urgent. */
	public enum Urgency {
		/** Past its deadline. */
		OVERDUE,
		/** Within the configured warning window (N days before, or 2/3 of the time used). */
		DUE_SOON,
		/** For information (e.g. an escalation happened). */
		INFO
	}

	public Reminder {
		Objects.requireNonNull(sourceId, "sourceId");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(urgency, "urgency");
		Objects.requireNonNull(title, "title");
		detail = detail == null ? "" : detail;
	}

	/** How urgent a reminder of a deadline is today: overdue once the deadline passed, due soon until then. */
	public static Urgency urgencyOf(LocalDate deadline, LocalDate today) {
		return deadline.isBefore(today) ? Urgency.OVERDUE : Urgency.DUE_SOON;
	}

	/**
	 * The title of a reminder of a deadline, in the plugin's words for the three cases (message patterns):
	 * {@code overdue} with {0} the record and {1} the days past, {@code dueToday} with {0} the record, {@code dueIn}
	 * with {0} the record and {1} the days left.
	 *
	 * @param overdue null for a deadline that cannot have passed (it is always today or later)
	 */
	public static String deadlineTitle(Object record, LocalDate deadline, LocalDate today, String overdue,
			String dueToday, String dueIn) {
		long days = ChronoUnit.DAYS.between(today, deadline);
		if (days < 0) {
			return Language.format(Objects.requireNonNull(overdue, "overdue"), record, -days);
		}
		return days == 0 ? Language.format(dueToday, record) : Language.format(dueIn, record, days);
	}
}
