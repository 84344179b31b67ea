package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.jpa.Jpa;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.team.RosterEntry;
import ducha.team.RosterGap;
import ducha.team.RosterService;
import ducha.team.SelectionCriteria;
import ducha.team.TeamPermissions;
import ducha.team.internal.jpa.AppointmentEntity;
import ducha.team.internal.jpa.ExemptDepartmentEntity;

/**
 * The roster over the platform's role records ({@code supervisor_assignment}, through {@link
 * ducha.core.directory.SupervisorService}) and the team's {@code team_appointment} (criteria) and
 * {@code team_exempt_department}.
 */
@Component
public class DefaultRosterService implements RosterService {

	private static final ILog LOG = ILog.of(DefaultRosterService.class);
	private static final Comparator<RosterEntry> ROSTER_ORDER = Comparator
			.comparing((RosterEntry e) -> e.assignment().role())
			.thenComparing(e -> e.assignment().departmentCode() == null ? "" : e.assignment().departmentCode())
			.thenComparing(RosterEntry::staffNo);

	@Reference
	private RosterContext context;

	@Override
	public RosterEntry appoint(SupervisorAssignment assignment, SelectionCriteria criteria, Principal actor) {
		context.check(actor, CorePermissions.SUPERVISORS_WRITE, assignment.departmentCode());
		SelectionCriteria given = criteria == null ? SelectionCriteria.NONE : criteria;
		if (!given.isEmpty()) {
			context.authorization.check(actor, TeamPermissions.MANAGE);
		}
		// Refuse everything that can be refused before the first write: the platform's record and the criteria
		// are two transactions in two units, so the order must leave nothing half-done on bad input.
		List<String> problems = new ArrayList<>(AppointmentRules.problems(context, assignment));
		problems.addAll(CriteriaRules.problems(given));
		Terms.conflict(assignment, context.supervisors.ofRole(assignment.role()))
				.ifPresent(c -> problems.add(AppointmentRules.overlapProblem(context, c)));
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		SupervisorAssignment stored = context.supervisors.assign(assignment, actor);
		if (!given.isEmpty()) {
			storeCriteria(stored, given, actor);
		}
		return entry(stored, given);
	}

	/**
	 * The second write: should it fail (the database gone between the two), the appointment stands without its
	 * criteria, which is a true if incomplete record; the failure is logged and reported, and the criteria can be
	 * recorded again ({@link #recordCriteria}) for the appointment's id, which the message names.
	 */
	private void storeCriteria(SupervisorAssignment stored, SelectionCriteria criteria, Principal actor) {
		try {
			Jpa.run(context.emf, em -> {
				AppointmentEntity existing = em.find(AppointmentEntity.class, stored.id());
				if (existing == null) {
					em.persist(new AppointmentEntity(stored.id(), criteria, actor.username()));
				} else {
					existing.update(criteria, actor.username());
				}
				context.audit.recordIn(em, actor, "team.criteria", "supervisor", String.valueOf(stored.id()),
						stored.staffNo() + " 任 " + stored.role().label() + " 的选任条件" + describe(criteria));
			});
		} catch (DuchaException e) {
			LOG.error("appointment " + stored.id() + " stored without its selection criteria", e);
			throw new DuchaException(Language.format(Messages.criteriaNotStored, stored.id()), e);
		}
	}

	@Override
	public void end(long assignmentId, long seenVersion, LocalDate lastDay, Principal actor) {
		SupervisorAssignment current = find(assignmentId);
		context.check(actor, CorePermissions.SUPERVISORS_WRITE, current.departmentCode());
		// the platform checks the version and the day and audits the change
		context.supervisors.end(assignmentId, seenVersion, lastDay, actor);
	}

	@Override
	public void end(long assignmentId, LocalDate lastDay, Principal actor) {
		end(assignmentId, find(assignmentId).version(), lastDay, actor);
	}

	@Override
	public RosterEntry recordCriteria(long assignmentId, SelectionCriteria criteria, Principal actor) {
		SupervisorAssignment current = find(assignmentId);
		context.check(actor, TeamPermissions.MANAGE, current.departmentCode());
		List<String> problems = CriteriaRules.problems(criteria);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		storeCriteria(current, criteria, actor);
		return entry(current, criteria);
	}

	@Override
	public List<RosterEntry> roster(LocalDate day, Principal reader) {
		context.checkRead(reader);
		return entries(context.supervisors.heldOn(null, day), reader).stream().sorted(ROSTER_ORDER).toList();
	}

	@Override
	public List<RosterEntry> history(String staffNo, Principal reader) {
		context.checkRead(reader);
		return entries(context.supervisors.ofStaff(staffNo), reader);
	}

	@Override
	public List<RosterGap> gaps(LocalDate day, Principal reader) {
		context.checkRead(reader);
		Set<String> exempted = new HashSet<>(exemptedCodes());
		List<SupervisorAssignment> held = context.supervisors.heldOn(null, day);
		List<RosterGap> gaps = new ArrayList<>();
		for (Department d : context.directory.departments()) {
			if (!d.active() || d.kind() == DepartmentKind.LEADERSHIP || exempted.contains(d.code())
					|| !context.sees(reader, d.code())) {
				continue;
			}
			for (SupervisorRole role : DEPARTMENT_ROLES) {
				if (held.stream().noneMatch(a -> a.role() == role && d.code().equals(a.departmentCode()))) {
					gaps.add(new RosterGap(d.code(), role));
				}
			}
		}
		return gaps;
	}

	@Override
	public void exempt(String departmentCode, String reason, Principal actor) {
		context.check(actor, TeamPermissions.MANAGE, departmentCode);
		if (context.directory.department(departmentCode).isEmpty()) {
			throw new ValidationException(Language.format(Messages.noDepartment, departmentCode));
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > 200) {
			throw new ValidationException(Language.format(Messages.tooLong, Messages.reason, 200));
		}
		Jpa.run(context.emf, em -> {
			if (em.find(ExemptDepartmentEntity.class, departmentCode) == null) {
				em.persist(new ExemptDepartmentEntity(departmentCode, why, actor.username()));
			}
			context.audit.recordIn(em, actor, "team.exempt", "department", departmentCode, why == null ? "" : why);
		});
	}

	@Override
	public void unexempt(String departmentCode, Principal actor) {
		context.check(actor, TeamPermissions.MANAGE, departmentCode);
		Jpa.run(context.emf, em -> {
			ExemptDepartmentEntity stored = em.find(ExemptDepartmentEntity.class, departmentCode);
			if (stored != null) {
				em.remove(stored);
			}
			context.audit.recordIn(em, actor, "team.unexempt", "department", departmentCode, "");
		});
	}

	@Override
	public List<String> exempted(Principal reader) {
		context.checkRead(reader);
		return exemptedCodes();
	}

	private List<String> exemptedCodes() {
		return Jpa.read(context.emf, em -> em.createQuery(
				"select e from ExemptDepartmentEntity e order by e.departmentCode", ExemptDepartmentEntity.class)
				.getResultList().stream().map(ExemptDepartmentEntity::departmentCode).toList());
	}

	private SupervisorAssignment find(long assignmentId) {
		// the platform looks assignments up by role or person, not by id: the role lists hold every one
		for (SupervisorRole role : SupervisorRole.values()) {
			for (SupervisorAssignment a : context.supervisors.ofRole(role)) {
				if (a.id() == assignmentId) {
					return a;
				}
			}
		}
		throw new NotFoundException(Language.format(Messages.noAssignment, assignmentId));
	}

	/** The assignments the reader may see, with names and criteria. */
	private List<RosterEntry> entries(List<SupervisorAssignment> assignments, Principal reader) {
		List<SupervisorAssignment> visible = assignments.stream()
				.filter(a -> context.sees(reader, a.departmentCode())).toList();
		Map<Long, SelectionCriteria> criteria = criteria(visible.stream().map(SupervisorAssignment::id).toList());
		return visible.stream().map(a -> entry(a, criteria.getOrDefault(a.id(), SelectionCriteria.NONE))).toList();
	}

	private Map<Long, SelectionCriteria> criteria(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return Jpa.read(context.emf, em -> em
				.createQuery("select a from AppointmentEntity a where a.assignmentId in :ids", AppointmentEntity.class)
				.setParameter("ids", ids).getResultList().stream()
				.collect(Collectors.toMap(AppointmentEntity::assignmentId, AppointmentEntity::toRecord)));
	}

	private RosterEntry entry(SupervisorAssignment a, SelectionCriteria criteria) {
		return new RosterEntry(a, context.staffName(a.staffNo()), criteria);
	}

	private static String describe(SelectionCriteria c) {
		List<String> parts = new ArrayList<>();
		Function<String, String> none = s -> s == null ? "—" : s;
		parts.add("政治素质：" + none.apply(c.politicalAbility()));
		parts.add("业务能力：" + none.apply(c.professionalQuality()));
		parts.add("纪律作风：" + none.apply(c.disciplineConduct()));
		parts.add("资历：" + none.apply(c.seniority()));
		parts.add("文号：" + none.apply(c.decisionRef()));
		return "（" + String.join("；", parts) + "）";
	}
}
