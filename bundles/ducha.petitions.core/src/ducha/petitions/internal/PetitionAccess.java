package ducha.petitions.internal;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;

import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserService;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.internal.jpa.PetitionEntity;

/**
 * Who may see and work on one petition. The staff a petition names are shut out of it entirely, whatever their
 * roles (an office director or supervisor can be reported too). A viewer whose scope is limited to some
 * departments (a supervisor of a department) sees the petitions naming staff of those departments and the ones
 * assigned to them. An account that is not linked to a staff record (no 工号) sees no petition at all: nothing tells
 * whether the person behind it is the one reported.
 */
final class PetitionAccess {

	private final AuthorizationService authorization;
	private final DirectoryService directory;
	private final UserService users;
	/** Per viewer: an instance serves one service call, which asks for each petition of a list. */
	private final Map<String, Boolean> unidentified = new HashMap<>();

	PetitionAccess(AuthorizationService authorization, DirectoryService directory, UserService users) {
		this.authorization = authorization;
		this.directory = directory;
		this.users = users;
	}

	boolean mayList(Principal viewer) {
		return authorization.isPermitted(viewer, PetitionPermissions.READ) && !unidentified(viewer);
	}

	/**
	 * Refuses a viewer who may not list petitions: for want of the permission, or of a 工号 (see the class comment),
	 * each with its own plain message.
	 */
	void checkList(Principal viewer) {
		authorization.check(viewer, PetitionPermissions.READ);
		if (unidentified(viewer)) {
			throw new AccessDeniedException(NLS.bind(Messages.accountWithoutStaffNo, viewer.username()));
		}
	}

	/**
	 * A log-in account without a 工号. The platform's own principals (a sweep, the demo seeder, a test's operator)
	 * are no person and hold no account.
	 */
	boolean unidentified(Principal viewer) {
		return viewer != null && viewer.staffNo() == null
				&& unidentified.computeIfAbsent(viewer.username(), name -> users.user(name).isPresent());
	}

	boolean maySee(Principal viewer, PetitionEntity petition) {
		return mayList(viewer) && !isReported(viewer, petition)
				&& (inScope(viewer, petition) || petition.handlers().contains(viewer.username()));
	}

	/**
	 * Assigned handlers and the office director: they work on the petition, read its notes and attachments and may
	 * reveal the reporter.
	 */
	boolean mayWork(Principal actor, PetitionEntity petition) {
		if (actor == null || isReported(actor, petition) || unidentified(actor)) {
			return false;
		}
		return actor.has(Role.OFFICE_DIRECTOR) || authorization.isPermitted(actor, PetitionPermissions.HANDLE)
				&& petition.handlers().contains(actor.username());
	}

	/** The petition if the viewer may see it; NotFoundException otherwise (never revealing that it exists). */
	PetitionEntity visible(EntityManager em, String number, Principal viewer) {
		PetitionEntity e = Petitions.find(em, number);
		if (!maySee(viewer, e)) {
			throw Petitions.notFound(number);
		}
		return e;
	}

	/** The petition if the actor may work on it (see {@link #mayWork}). */
	PetitionEntity workable(EntityManager em, String number, Principal actor) {
		PetitionEntity e = visible(em, number, actor);
		if (!mayWork(actor, e)) {
			throw new AccessDeniedException(NLS.bind(Messages.onlyHandlersWork, number));
		}
		return e;
	}

	static boolean isReported(Principal viewer, PetitionEntity petition) {
		return viewer.staffNo() != null && petition.reportedStaff().contains(viewer.staffNo());
	}

	private boolean inScope(Principal viewer, PetitionEntity petition) {
		return viewer.scope().all() || petition.reportedStaff().stream().anyMatch(no -> directory.staff(no)
				.map(Staff::departmentCode).filter(viewer.scope()::includes).isPresent());
	}
}
