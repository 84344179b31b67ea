package ducha.team.internal.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.ledger.LedgerStorage;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.team.TeamPermissions;
import ducha.team.internal.jpa.TeamUnit;

/**
 * What the work meetings and the mentoring share: the plugin's unit, the platform's services they check, audit and
 * look staff and roles up through, and their rules of access: {@link TeamPermissions#READ} (or MANAGE) to read,
 * {@link TeamPermissions#MANAGE} and the department in scope to change.
 */
@Component(service = MeetingsContext.class)
public class MeetingsContext {

	@Reference(target = TeamUnit.TARGET)
	public EntityManagerFactory emf;

	@Reference
	public AuthorizationService authorization;

	@Reference
	public AuditLog audit;

	@Reference
	public DirectoryService directory;

	@Reference
	public SupervisorService supervisors;

	/** Refuses a reader with neither READ nor MANAGE. */
	public void checkRead(Principal reader) {
		if (!authorization.isPermitted(reader, TeamPermissions.MANAGE)) {
			authorization.check(reader, TeamPermissions.READ);
		}
	}

	public boolean mayRead(Principal reader) {
		return authorization.isPermitted(reader, TeamPermissions.MANAGE)
				|| authorization.isPermitted(reader, TeamPermissions.READ);
	}

	/** Refuses an actor outside the office. */
	public void checkManage(Principal actor) {
		authorization.check(actor, TeamPermissions.MANAGE);
	}

	/** Refuses an actor outside the office or without the department in their scope. */
	public void checkManage(Principal actor, String departmentCode) {
		checkManage(actor);
		if (departmentCode != null && !authorization.canSeeDepartment(actor, departmentCode)) {
			throw new AccessDeniedException(NLS.bind(Messages.deniedDepartment, departmentName(departmentCode)));
		}
	}

	/** The storage of a ledger kind of this part, imports audited as {@code team.ledger.import}. */
	public LedgerStorage storage() {
		return LedgerStorage.of(emf, authorization, audit, TeamPermissions.MANAGE, TeamPermissions.READ,
				"team.ledger.import");
	}

	/** Whether the staff member holds one of the roles on some day of [from, to] (the platform's role history). */
	public boolean holdsDuring(String staffNo, Collection<SupervisorRole> roles, LocalDate from, LocalDate to) {
		return supervisors.ofStaff(staffNo).stream().anyMatch(a -> roles.contains(a.role())
				&& !a.startDate().isAfter(to) && (a.endDate() == null || !a.endDate().isBefore(from)));
	}

	/** 工号 of those holding a supervision role on the day, each once. */
	public List<String> supervisorsOn(LocalDate day) {
		return supervisors.heldOn(null, day).stream().map(a -> a.staffNo()).distinct().toList();
	}

	public boolean staffExists(String staffNo) {
		return staffNo != null && directory.staff(staffNo).isPresent();
	}

	public boolean departmentExists(String code) {
		return code != null && directory.department(code).isPresent();
	}

	/** The department's name, or its code for a code the directory does not know. */
	public String departmentName(String code) {
		return code == null ? "" : directory.department(code).map(d -> d.name()).orElse(code);
	}

	/** The staff member's name, or the 工号 for one the directory does not know. */
	public String staffName(String staffNo) {
		return staffNo == null ? "" : directory.staff(staffNo).map(s -> s.name()).orElse(staffNo);
	}

	/** Audits a change inside its transaction ({@code em} of the running write), so both commit or neither. */
	public void audit(EntityManager em, Principal actor, String action, String objectType, String objectId,
			String detail) {
		audit.recordIn(em, actor, action, objectType, objectId, detail);
	}

	/** Audits what changes nothing in the unit (minutes written), in a transaction of its own. */
	public void auditUnchanged(Principal actor, String action, String objectType, String objectId, String detail) {
		audit.record(actor, action, objectType, objectId, detail);
	}
}
