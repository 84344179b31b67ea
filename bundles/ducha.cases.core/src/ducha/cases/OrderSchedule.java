package ducha.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminder and escalation arithmetic of supervision orders, as pure functions of the order's dates and the
 * day asked about:
 * <ul>
 * <li>the two-thirds reminder is due on issue day + ⌈2/3 × (deadline − issue day)⌉;</li>
 * <li>the days-before reminder on deadline − N (N configurable; not before the issue day);</li>
 * <li>an active order is overdue from the day after its deadline;</li>
 * <li>an overdue order escalates one level on its first overdue day and one more every
 * {@code escalationIntervalDays} days it stays overdue, up to 院长.</li>
 * </ul>
 */
public final class OrderSchedule {

	/** Default N of the days-before reminder. */
	public static final int DEFAULT_DAYS_BEFORE = 3;
	/** Default days between two escalations of an order that stays overdue. */
	public static final int DEFAULT_ESCALATION_INTERVAL = 7;

	private final int daysBefore;
	private final int escalationIntervalDays;

	public OrderSchedule(int daysBefore, int escalationIntervalDays) {
		if (daysBefore < 0 || escalationIntervalDays < 1) {
			throw new IllegalArgumentException("daysBefore >= 0 and escalationIntervalDays >= 1 required");
		}
		this.daysBefore = daysBefore;
		this.escalationIntervalDays = escalationIntervalDays;
	}

	public static OrderSchedule defaults() {
		return new OrderSchedule(DEFAULT_DAYS_BEFORE, DEFAULT_ESCALATION_INTERVAL);
	}

	/** The day two thirds of the time are used (rounded up to a whole day). */
	public LocalDate twoThirdsDay(LocalDate issued, LocalDate deadline) {
		long total = ChronoUnit.DAYS.between(issued, deadline);
		return issued.plusDays((2 * total + 2) / 3);
	}

	/** The day the days-before reminder falls due. */
	public LocalDate daysBeforeDay(LocalDate issued, LocalDate deadline) {
		LocalDate day = deadline.minusDays(daysBefore);
		return day.isBefore(issued) ? issued : day;
	}

	public boolean isOverdue(SupervisionOrder order, LocalDate asOf) {
		return order.status().isActive() && asOf.isAfter(order.deadline());
	}

	/** Reminders due on or before the day for an active order, in the order they fall due. */
	public List<Reminder> dueReminders(SupervisionOrder order, LocalDate asOf) {
		List<Reminder> due = new ArrayList<>();
		if (!order.status().isActive()) {
			return due;
		}
		LocalDate twoThirds = twoThirdsDay(order.issuedDate(), order.deadline());
		if (!asOf.isBefore(twoThirds)) {
			due.add(new Reminder(ReminderKind.TWO_THIRDS, twoThirds));
		}
		LocalDate before = daysBeforeDay(order.issuedDate(), order.deadline());
		if (!asOf.isBefore(before)) {
			due.add(new Reminder(ReminderKind.DAYS_BEFORE, before));
		}
		if (isOverdue(order, asOf)) {
			due.add(new Reminder(ReminderKind.OVERDUE, order.deadline().plusDays(1)));
		}
		return due;
	}

	/** How many escalations are due by the day: 0 while not overdue, then 1 + one per full interval. */
	public int escalationsDue(SupervisionOrder order, LocalDate asOf) {
		if (!isOverdue(order, asOf)) {
			return 0;
		}
		long overdueDays = ChronoUnit.DAYS.between(order.deadline(), asOf);
		return (int) (1 + (overdueDays - 1) / escalationIntervalDays);
	}

	/** The level after the given number of escalations from {@code level}, capped at the top. */
	public static SupervisionLevel escalate(SupervisionLevel level, int steps) {
		SupervisionLevel result = level;
		for (int i = 0; i < steps && result.next() != null; i++) {
			result = result.next();
		}
		return result;
	}
}
