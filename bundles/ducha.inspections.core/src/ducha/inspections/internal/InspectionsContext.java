package ducha.inspections.internal;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerStorage;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionPermissions;
import ducha.inspections.internal.jpa.InspectionsUnit;

/**
 * What every part of the plugin shares: its unit, the platform's services it checks and audits through, and the one
 * rule of who sees an inspection or a finding. The supervision office ({@link InspectionPermissions#MANAGE}) sees
 * everything; a reader ({@link InspectionPermissions#READ}) sees the inspections of a department in their scope and
 * the findings of such departments, but never an unannounced inspection that is not closed, nor its findings.
 */
@Component(service = InspectionsContext.class)
public class InspectionsContext {

	@Reference(target = InspectionsUnit.TARGET)
	public EntityManagerFactory emf;

	@Reference
	public AuthorizationService authorization;

	@Reference
	public AuditLog audit;

	@Reference
	public DirectoryService directory;

	public boolean mayManage(Principal actor) {
		return authorization.isPermitted(actor, InspectionPermissions.MANAGE);
	}

	/** Refuses an actor outside the supervision office. */
	public void checkManage(Principal actor) {
		authorization.check(actor, InspectionPermissions.MANAGE);
	}

	/** Refuses an actor outside the supervision office or without every one of the departments in their scope. */
	public void checkManage(Principal actor, List<String> departments) {
		for (String code : departments) {
			checkDepartment(actor, InspectionPermissions.MANAGE, code);
		}
		checkManage(actor);
	}

	/** True for a reader with READ or MANAGE. */
	public boolean mayRead(Principal reader) {
		return mayManage(reader) || authorization.isPermitted(reader, InspectionPermissions.READ);
	}

	/** Refuses a reader with neither READ nor MANAGE. */
	public void checkRead(Principal reader) {
		if (!mayManage(reader)) {
			authorization.check(reader, InspectionPermissions.READ);
		}
	}

	public boolean maySee(Principal viewer, Inspection inspection) {
		return mayManage(viewer) || authorization.isPermitted(viewer, InspectionPermissions.READ)
				&& !inspection.confidential() && anyInScope(viewer, inspection.departments());
	}

	public boolean maySee(Principal viewer, Finding finding, Inspection of) {
		return mayManage(viewer) || authorization.isPermitted(viewer, InspectionPermissions.READ)
				&& !of.confidential() && authorization.canSeeDepartment(viewer, finding.departmentCode());
	}

	/** The inspection as the viewer may see it; one they may not see does not exist for them. */
	public Inspection visible(Principal viewer, Inspection inspection, String number) {
		if (inspection == null || !maySee(viewer, inspection)) {
			throw new NotFoundException(NLS.bind(Messages.inspectionNotFound, number));
		}
		return inspection;
	}

	/** Refuses an actor without the permission or the department in their scope. */
	public void checkDepartment(Principal actor, String permission, String departmentCode) {
		authorization.check(actor, permission);
		if (!authorization.canSeeDepartment(actor, departmentCode)) {
			throw new AccessDeniedException(NLS.bind(Messages.deniedDepartment, departmentName(departmentCode)));
		}
	}

	/** The storage of a ledger kind of the plugin, imports audited as {@code inspections.ledger.import}. */
	public LedgerStorage storage(String writePermission, String readPermission) {
		return LedgerStorage.of(emf, authorization, audit, writePermission, readPermission,
				"inspections.ledger.import");
	}

	/** The department's name, or its code for a code the directory does not know. */
	public String departmentName(String code) {
		return directory.department(code).map(d -> d.name()).orElse(code);
	}

	public String staffName(String staffNo) {
		return staffNo == null ? "" : directory.staff(staffNo).map(s -> s.name()).orElse(staffNo);
	}

	private boolean anyInScope(Principal viewer, List<String> departments) {
		return departments.stream().anyMatch(d -> authorization.canSeeDepartment(viewer, d));
	}
}
