package ducha.team.internal.roster;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.SupervisorService;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.team.TeamPermissions;
import ducha.team.internal.jpa.TeamUnit;

/**
 * What the roster and the groups share: the team's unit, the platform's role records, and the checks every method
 * makes. The office ({@link TeamPermissions#MANAGE}) may read too.
 */
@Component(service = RosterContext.class)
public class RosterContext {

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

	public boolean mayRead(Principal reader) {
		return authorization.isPermitted(reader, TeamPermissions.READ)
				|| authorization.isPermitted(reader, TeamPermissions.MANAGE);
	}

	/** Refuses a reader with neither READ nor MANAGE. */
	public void checkRead(Principal reader) {
		if (!authorization.isPermitted(reader, TeamPermissions.MANAGE)) {
			authorization.check(reader, TeamPermissions.READ);
		}
	}

	/** Refuses an actor without the permission, or without the department (when there is one) in their scope. */
	public void check(Principal actor, String permission, String departmentCode) {
		authorization.check(actor, permission);
		if (departmentCode != null && !authorization.canSeeDepartment(actor, departmentCode)) {
			throw new AccessDeniedException(Language.format(Messages.deniedDepartment, departmentName(departmentCode)));
		}
	}

	/** True when the reader may see records of the department; court-wide records (null) are seen by all. */
	public boolean sees(Principal reader, String departmentCode) {
		return departmentCode == null || authorization.canSeeDepartment(reader, departmentCode);
	}

	public String departmentName(String code) {
		return code == null ? "" : directory.department(code).map(d -> d.name()).orElse(code);
	}

	public String staffName(String staffNo) {
		return staffNo == null ? "" : directory.staff(staffNo).map(s -> s.name()).orElse(staffNo);
	}
}
