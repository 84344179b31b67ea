package ducha.core.internal.directory;

import ducha.core.jpa.Jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.internal.audit.AuditWriter;
import ducha.core.internal.jpa.DepartmentEntity;
import ducha.core.internal.jpa.StaffEntity;
import ducha.core.internal.jpa.SupervisorAssignmentEntity;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;

/** Supervision roles on table {@code supervisor_assignment}. */
@Component
public class DefaultSupervisorService implements SupervisorService {

	private static final String TYPE = "supervisor";

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Reference
	private AuditWriter audit;

	@Reference
	private AuthorizationService authorization;

	@Override
	public List<SupervisorAssignment> heldOn(SupervisorRole role, LocalDate day) {
		String jpql = "select a from SupervisorAssignmentEntity a where a.startDate <= :day"
				+ " and (a.endDate is null or a.endDate >= :day)" + (role == null ? "" : " and a.role = :role")
				+ " order by a.role, a.departmentCode, a.staffNo";
		return Jpa.read(emf, em -> {
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
		return Jpa.read(emf, em -> em
				.createQuery("select a from SupervisorAssignmentEntity a where a.staffNo = :staffNo"
						+ " order by a.startDate, a.id", SupervisorAssignmentEntity.class)
				.setParameter("staffNo", staffNo).getResultList().stream().map(SupervisorAssignmentEntity::toRecord)
				.toList());
	}

	@Override
	public SupervisorAssignment assign(SupervisorAssignment assignment, Principal actor) {
		authorization.check(actor, CorePermissions.SUPERVISORS_WRITE);
		return Jpa.write(emf, em -> {
			List<String> problems = new ArrayList<>();
			if (em.find(StaffEntity.class, assignment.staffNo()) == null) {
				problems.add("没有工号为 " + assignment.staffNo() + " 的干警");
			}
			String department = assignment.departmentCode();
			if (department != null && em.find(DepartmentEntity.class, department) == null) {
				problems.add("没有编码为 " + department + " 的部门");
			}
			if (department == null && coversOneDepartment(assignment.role())) {
				problems.add(assignment.role().label() + "必须指定所负责的部门");
			}
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			SupervisorAssignmentEntity entity = new SupervisorAssignmentEntity(assignment);
			em.persist(entity);
			em.flush(); // assigns the id
			SupervisorAssignment stored = entity.toRecord();
			audit.write(em, actor, "supervisor.assign", TYPE, String.valueOf(stored.id()),
					assignment.staffNo() + " 任 " + assignment.role().label()
							+ (department == null ? "" : "（" + department + "）")
							+ (assignment.groupName() == null ? "" : "，" + assignment.groupName()) + "，自 "
							+ assignment.startDate());
			return stored;
		});
	}

	@Override
	public void end(long assignmentId, LocalDate lastDay, Principal actor) {
		authorization.check(actor, CorePermissions.SUPERVISORS_WRITE);
		Jpa.run(emf, em -> {
			SupervisorAssignmentEntity entity = em.find(SupervisorAssignmentEntity.class, assignmentId);
			if (entity == null) {
				throw new NotFoundException("没有编号为 " + assignmentId + " 的督察员任职记录");
			}
			SupervisorAssignment current = entity.toRecord();
			if (lastDay == null || lastDay.isBefore(current.startDate())) {
				throw new ValidationException("任职结束日期 " + lastDay + " 不能早于开始日期 " + current.startDate());
			}
			entity.setEndDate(lastDay);
			audit.write(em, actor, "supervisor.end", TYPE, String.valueOf(assignmentId),
					current.staffNo() + " 卸任 " + current.role().label() + "，至 " + lastDay);
		});
	}

	/** Political and integrity supervisors are placed in one department each (brief: "one per department"). */
	private static boolean coversOneDepartment(SupervisorRole role) {
		return role == SupervisorRole.POLITICAL_SUPERVISOR || role == SupervisorRole.INTEGRITY_SUPERVISOR;
	}
}
