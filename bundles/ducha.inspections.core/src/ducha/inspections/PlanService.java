package ducha.inspections;

import java.time.LocalDate;
import java.util.List;

import ducha.core.directory.SupervisionGroup;
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
	 * @param assignees    supervisors (工号 or names) or specialist groups (names), at least one
	 * @return the year's plans, by due date
	 */
	List<InspectionPlan> planYear(int year, LocalDate startingFrom, List<String> assignees, Principal actor);

	/** The year's plans, by due date. */
	List<InspectionPlan> plans(int year, Principal viewer);

	/**
	 * Who the plan's assignee is, as the inspection carrying it out would record its inspectors (the form pre-fills
	 * them, and the user may change them): the members (工号) of the specialist group named by the assignee (its name
	 * or code) as the group stands on the plan's due day, when the supervisor team plugin keeps the groups; the
	 * assignee itself when it is a 工号 of the staff directory; otherwise (free text, or no groups service) none.
	 *
	 * @throws ducha.core.NotFoundException when there is no such plan
	 */
	List<String> assignedStaff(String planNo, Principal viewer);

	/**
	 * The specialist groups that exist on the day, to assign plans to; empty when the supervisor team plugin (which
	 * keeps them) is not installed: the assignee is then free text.
	 */
	List<SupervisionGroup> groupsOn(LocalDate day, Principal viewer);

	/** Plans not carried out whose due day is {@code today + withinDays} or earlier (overdue ones included). */
	List<InspectionPlan> due(LocalDate today, int withinDays, Principal viewer);
}
