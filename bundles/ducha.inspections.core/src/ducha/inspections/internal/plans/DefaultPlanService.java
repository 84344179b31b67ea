package ducha.inspections.internal.plans;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.SupervisionGroup;
import ducha.core.directory.SupervisionGroups;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.inspections.InspectionPlan;
import ducha.inspections.PlanService;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.jpa.PlanEntity;

/** The year's plan, stored in {@code insp_plan}; see {@link PlanService}. */
@Component
public class DefaultPlanService implements PlanService {

	@Reference
	private InspectionsContext context;

	/** The supervisor team plugin's groups, while it is installed; without it assignees are free text. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile SupervisionGroups groups;

	@Override
	public List<InspectionPlan> planYear(int year, LocalDate startingFrom, List<String> assignees, Principal actor) {
		context.checkManage(actor);
		if (startingFrom.getYear() != year) {
			throw new ValidationException(NLS.bind(Messages.planStartOutsideYear, startingFrom, year));
		}
		List<String> names = assignees.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
		if (names.isEmpty()) {
			throw new ValidationException(Messages.planNoAssignee);
		}
		List<InspectionPlan> schedule = YearSchedule.of(year, startingFrom, names, Messages.planSpecialTheme);
		Jpa.run(context.emf, em -> {
			int count = 0;
			for (InspectionPlan plan : schedule) {
				boolean stored = !em.createQuery("select p.id from PlanEntity p where p.planNo = :no", Long.class)
						.setParameter("no", plan.planNo()).getResultList().isEmpty();
				if (!stored) {
					em.persist(new PlanEntity(plan));
					count++;
				}
			}
			context.audit.recordIn(em, actor, "inspections.plan", "inspections.plan", String.valueOf(year),
					"自 " + startingFrom + " 起，新增 " + count + " 项");
		});
		return plans(year, actor);
	}

	@Override
	public List<InspectionPlan> plans(int year, Principal viewer) {
		context.checkManage(viewer);
		return Jpa.read(context.emf, em -> em.createQuery(
				"select p from PlanEntity p where p.year = :year order by p.due, p.planNo", PlanEntity.class)
				.setParameter("year", year).getResultList().stream().map(PlanEntity::toRecord).toList());
	}

	@Override
	public List<String> assignedStaff(String planNo, Principal viewer) {
		context.checkManage(viewer);
		InspectionPlan plan = Jpa.read(context.emf, em -> em.createQuery(
				"select p from PlanEntity p where p.planNo = :no", PlanEntity.class).setParameter("no", planNo)
				.getResultList().stream().findFirst().map(PlanEntity::toRecord).orElse(null));
		if (plan == null) {
			throw new NotFoundException(NLS.bind(Messages.planNotFound, planNo));
		}
		String assignee = plan.assignee().strip();
		for (SupervisionGroup group : groupsOn(plan.due(), viewer)) {
			if (group.name().equals(assignee) || group.code().equalsIgnoreCase(assignee)) {
				return group.memberStaffNo();
			}
		}
		return context.directory.staff(assignee).isPresent() ? List.of(assignee) : List.of();
	}

	@Override
	public List<SupervisionGroup> groupsOn(LocalDate day, Principal viewer) {
		context.checkManage(viewer);
		SupervisionGroups kept = groups;
		return kept == null ? List.of() : kept.groupsOn(day);
	}

	@Override
	public List<InspectionPlan> due(LocalDate today, int withinDays, Principal viewer) {
		context.checkManage(viewer);
		return Jpa.read(context.emf, em -> em.createQuery("select p from PlanEntity p where p.inspectionNo is null"
				+ " and p.due <= :last order by p.due, p.planNo", PlanEntity.class)
				.setParameter("last", today.plusDays(withinDays)).getResultList().stream().map(PlanEntity::toRecord)
				.toList());
	}
}
