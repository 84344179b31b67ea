package ducha.core.spi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import ducha.core.security.Principal;

/**
 * OSGi service of the platform: the reminders of every registered {@link ReminderSource} together, as the
 * workbench's notifications area (提醒) and {@code ducha-cli remind} show them. Sources that plugins add or remove at
 * run time are included or left out from the next call on.
 */
public interface ReminderBoard {

	/**
	 * Most urgent first: overdue before due soon before information; within one urgency the earliest deadline first
	 * (no deadline last), then by source and key so the order is stable.
	 */
	Comparator<Reminder> MOST_URGENT_FIRST = Comparator.comparing(Reminder::urgency)
			.thenComparing(Reminder::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Reminder::sourceId).thenComparing(Reminder::key);

	/**
	 * Asks every source for what {@code viewer} may see on {@code today}. A source that fails is left out and
	 * named in {@link Collected#failedSources()}; the others are still shown.
	 */
	Collected collect(Principal viewer, LocalDate today);

	/**
	 * @param reminders     all sources' reminders, {@link #MOST_URGENT_FIRST}
	 * @param failedSources ids of the sources that threw, with their message
	 */
	record Collected(List<Reminder> reminders, List<String> failedSources) {

		public Collected {
			reminders = List.copyOf(reminders);
			failedSources = List.copyOf(failedSources);
		}

		/** How many are overdue or due soon: the number the workbench shows next to 提醒. */
		public long urgentCount() {
			return reminders.stream().filter(r -> r.urgency() != Reminder.Urgency.INFO).count();
		}
	}
}
