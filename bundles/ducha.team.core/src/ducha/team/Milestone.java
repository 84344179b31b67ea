package ducha.team;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A milestone of a training plan.
 *
 * @param title  what is to be reached, e.g. 独立完成一次廉政谈话记录
 * @param due    by when
 * @param doneOn when it was reached, null until then
 */
public record Milestone(String title, LocalDate due, LocalDate doneOn) {

	public Milestone {
		Objects.requireNonNull(due, "due");
	}

	/** A milestone not reached yet. */
	public static Milestone of(String title, LocalDate due) {
		return new Milestone(title, due, null);
	}

	public boolean done() {
		return doneOn != null;
	}

	/** Not reached and due before the day. */
	public boolean overdue(LocalDate day) {
		return !done() && due.isBefore(day);
	}
}
