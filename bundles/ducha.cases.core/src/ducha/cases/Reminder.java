package ducha.cases;

/**
 * A reminder that is due for an order.
 *
 * @param kind  why
 * @param dueOn the first day it is due
 */
public record Reminder(ReminderKind kind, java.time.LocalDate dueOn) {
}
