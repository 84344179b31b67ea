package ducha.inspections;

import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;

/** The year's inspection plan (督察计划). Every method needs {@link InspectionPermissions#MANAGE}. */
public interface PlanService {

	/**
	 * Plans the year from a day on: a routine inspection (例行督察) in every month that ends on or after
	 * {@code startingFrom}, due on the month's last day, its subject going round deployments, discipline and
	 * conduct, codes of behaviour; a special inspection (专项督察) in every quarter that ends on or after it, due on
	 * the quarter's last day. The assignees take the inspections in turn. Plans already stored under the same
	 * number are kept as they are, so planning again adds only what is missing.
	 *
	 * @param startingFrom a day of {@code year}: a court starting mid-year plans the rest of it
	 * @param assignees    supervisors or specialist groups, at least one
	 * @return the year's plans, by due date
	 */
	List<InspectionPlan> planYear(int year, LocalDate startingFrom, List<String> assignees, Principal actor);

	/** The year's plans, by due date. */
	List<InspectionPlan> plans(int year, Principal viewer);

	/** Plans not carried out whose due day is {@code today + withinDays} or earlier (overdue ones included). */
	List<InspectionPlan> due(LocalDate today, int withinDays, Principal viewer);
}
