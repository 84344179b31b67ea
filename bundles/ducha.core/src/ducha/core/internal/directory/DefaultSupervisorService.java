package ducha.core.internal.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.internal.CoreUnit;
import ducha.core.internal.jpa.DepartmentEntity;
import ducha.core.internal.jpa.StaffEntity;
import ducha.core.internal.jpa.SupervisorAssignmentEntity;
import ducha.core.jpa.Versions;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;

/** Supervision roles on table {@code supervisor_assignment}. */
@Component
public class DefaultSupervisorService implements SupervisorService {

	private static final String TYPE = "supervisor";

	@Reference
	private AuditLog audit;

	@Reference
	private CoreUnit unit;

	@Override
	public List<SupervisorAssignment> heldOn(SupervisorRole role, LocalDate day) {
		String jpql = "select a from SupervisorAssignmentEntity a where a.startDate <= :day"
				+ " and (a.endDate is null or a.endDate >= :day)" + (role == null ? "" : " and a.role = :role")
				+ " order by a.role, a.departmentCode, a.staffNo";
		return unit.read(em -> {
			TypedQuery<SupervisorAssignmentEntity> q = em.createQuery(jpql, SupervisorAssignmentEntity.class)
					.setParameter("day", day);
			if (role != null) {
				q.setParameter("role", role);
			}
			return q.getResultList().stream().map(SupervisorAssignmentEntity::toRecord).toList();
		});
	}

	@Override
	public List<SupervisorAssignment> ofStaff(String staffNo) {
		return unit.read(em -> em
				.createQuery("select a from SupervisorAssignmentEntity a where a.staffNo = :staffNo"
						+ " order by a.startDate, a.id", SupervisorAssignmentEntity.class)
				.setParameter("staffNo", staffNo).getResultList().stream().map(SupervisorAssignmentEntity::toRecord)
				.toList());
	}

	@Override
	public List<SupervisorAssignment> ofRole(SupervisorRole role) {
		return unit.read(em -> em
				.createQuery("select a from SupervisorAssignmentEntity a where a.role = :role"
						+ " order by a.startDate, a.id", SupervisorAssignmentEntity.class)
				.setParameter("role", role).getResultList().stream().map(SupervisorAssignmentEntity::toRecord)
				.toList());
	}

	@Override
	public SupervisorAssignment assign(SupervisorAssignment assignment, Principal actor) {
		unit.authorization().check(actor, CorePermissions.SUPERVISORS_WRITE);
		return unit.write(em -> {
			List<String> problems = new ArrayList<>();
			if (em.find(StaffEntity.class, assignment.staffNo()) == null) {
				problems.add(Language.format(Messages.Supervisor_noStaff, assignment.staffNo()));
			}
			String department = assignment.departmentCode();
			if (department != null && em.find(DepartmentEntity.class, department) == null) {
				problems.add(Language.format(Messages.Supervisor_noDepartment, department));
			}
			if (department == null && coversOneDepartment(assignment.role())) {
				problems.add(Language.format(Messages.Supervisor_departmentRequired, assignment.role().label()));
			}
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			SupervisorAssignmentEntity entity = new SupervisorAssignmentEntity(assignment);
			em.persist(entity);
			em.flush(); // assigns the id
			SupervisorAssignment stored = entity.toRecord();
			unit.audit().write(em, actor, "supervisor.assign", TYPE, String.valueOf(stored.id()),
					assignment.staffNo() + " 任 " + assignment.role().label()
							+ (department == null ? "" : "（" + department + "）")
							+ (assignment.groupName() == null ? "" : "，" + assignment.groupName()) + "，自 "
							+ assignment.startDate());
			return stored;
		});
	}

	@Override
	public void end(long assignmentId, long seenVersion, LocalDate lastDay, Principal actor) {
		unit.authorization().check(actor, CorePermissions.SUPERVISORS_WRITE);
		unit.run(em -> {
			SupervisorAssignmentEntity entity = em.find(SupervisorAssignmentEntity.class, assignmentId);
			if (entity == null) {
				throw new NotFoundException(Language.format(Messages.Supervisor_noAssignment, assignmentId));
			}
			SupervisorAssignment current = entity.toRecord();
			Versions.expect(current.version(), seenVersion, audit, TYPE, String.valueOf(assignmentId),
					Language.format(Messages.Supervisor_label, assignmentId));
			if (lastDay == null || lastDay.isBefore(current.startDate())) {
				throw new ValidationException(
						Language.format(Messages.Supervisor_endBeforeStart, lastDay, current.startDate()));
			}
			entity.setEndDate(lastDay);
			unit.audit().write(em, actor, "supervisor.end", TYPE, String.valueOf(assignmentId),
					current.staffNo() + " 卸任 " + current.role().label() + "，至 " + lastDay);
		});
	}

	/** Political and integrity supervisors are placed in one department each (brief: "one per department"). */
	private static boolean coversOneDepartment(SupervisorRole role) {
		return role == SupervisorRole.POLITICAL_SUPERVISOR || role == SupervisorRole.INTEGRITY_SUPERVISOR;
	}
}
