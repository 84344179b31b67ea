package ducha.core.spi;

import java.time.LocalDate;
import java.util.Objects;

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
}
