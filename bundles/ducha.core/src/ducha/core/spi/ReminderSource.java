package ducha.core.spi;

import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;

/**
 * SPI (OSGi service): a plugin that tracks deadlines (supervision orders, petitions, risk-control reviews, ...)
 * offers what is due to the workbench's notifications area (提醒) and to {@code ducha-cli ... remind}. A source
 * computes its reminders from its records each time it is asked (aggregate or narrow queries, off the UI thread),
 * so nothing has to be stored or cleared; it returns only what the viewer may see.
 */
public interface ReminderSource {

	/** Stable id of the source, e.g. {@code cases.orders}. */
	String id();

	/**
	 * Everything that needs the viewer's attention on {@code today}: items nearing their deadline and overdue
	 * items, most urgent first.
	 */
	List<Reminder> reminders(Principal viewer, LocalDate today);
}
