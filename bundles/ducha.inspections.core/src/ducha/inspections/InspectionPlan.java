package ducha.inspections;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One inspection of the year's plan (督察计划): a monthly routine inspection or a quarterly special one, assigned to a
 * supervisor or a specialist group, due on a day; done once an inspection is recorded against it.
 *
 * @param planNo       stable number: {@code 2025-R07} (routine, July), {@code 2025-S3} (special, third quarter)
 * @param month        the month the inspection falls in (a special one: the quarter's first planned month)
 * @param theme        the special theme or what to look at, may be empty
 * @param assignee     a supervisor's 工号 or name, or a specialist group's name (专业督察组); free text when the
 *                     supervisor team plugin, which keeps the groups, is not installed
 * @param inspectionNo the inspection that carried the plan out, null while it is open
 */
public record InspectionPlan(String planNo, YearMonth month, InspectionKind kind, InspectionSubject subject,
		String theme, String assignee, LocalDate due, String inspectionNo) {

	public InspectionPlan {
		Objects.requireNonNull(planNo, "planNo");
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subject, "subject");
		theme = theme == null ? "" : theme;
		Objects.requireNonNull(assignee, "assignee");
		Objects.requireNonNull(due, "due");
	}

	public boolean done() {
		return inspectionNo != null;
	}

	public boolean overdue(LocalDate today) {
		return !done() && due.isBefore(today);
	}
}
