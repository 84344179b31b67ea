package ducha.cases;

import java.util.List;

/**
 * What one reminder sweep recorded.
 *
 * @param reminders   reminder events recorded (each order and kind once per deadline)
 * @param newlyOverdue orders that became overdue
 * @param escalations escalation events recorded
 */
public record SweepResult(List<TimelineEvent> reminders, int newlyOverdue, int escalations) {

	public SweepResult {
		reminders = List.copyOf(reminders);
	}
}
