package ducha.study.internal.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.audit.AuditLog;
import ducha.core.jpa.Versions;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.study.StudyPermissions;

/**
 * Who may do what with the tests, and the staff they are about: the one place the permission and scope rules of
 * the scores live (the service, the tile, the chart, the reminders and the score sheet ask here).
 */
@Component(service = TestAccess.class)
public class TestAccess {

	/**
	 * The directory's own reader for lists every rule below filters afterwards: candidates are every employed
	 * staff member whoever asks, and what the asker sees of them is decided here, not by the directory's scope.
	 */
	private static final Principal DIRECTORY_READER = Principal.system("study.tests");

	@Reference
	private AuthorizationService authorization;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuditLog audit;

	/** Refuses an actor without {@link StudyPermissions#TESTS_MANAGE}. */
	public void checkManage(Principal actor) {
		authorization.check(actor, StudyPermissions.TESTS_MANAGE);
	}

	public boolean mayManage(Principal actor) {
		return authorization.isPermitted(actor, StudyPermissions.TESTS_MANAGE);
	}

	/** Whether the viewer may read anyone's scores beyond their own. */
	public boolean readsOthers(Principal viewer) {
		return authorization.isPermitted(viewer, StudyPermissions.SCORES_READ_ALL)
				|| authorization.isPermitted(viewer, StudyPermissions.SCORES_READ_DEPARTMENT) || mayManage(viewer);
	}

	/**
	 * Whose scores the viewer may read, by 工号 and department code: their own always; everyone's with
	 * {@code SCORES_READ_ALL} or {@code TESTS_MANAGE}; the staff of the departments in scope with
	 * {@code SCORES_READ_DEPARTMENT}.
	 */
	public ScoreVisibility visibility(Principal viewer) {
		boolean all = authorization.isPermitted(viewer, StudyPermissions.SCORES_READ_ALL) || mayManage(viewer);
		boolean department = authorization.isPermitted(viewer, StudyPermissions.SCORES_READ_DEPARTMENT);
		return (staffNo, departmentCode) -> all || staffNo.equals(viewer.staffNo())
				|| department && departmentCode != null && authorization.canSeeDepartment(viewer, departmentCode);
	}

	/** Who may read whose scores. */
	@FunctionalInterface
	public interface ScoreVisibility {
		boolean test(String staffNo, String departmentCode);
	}

	/** Every staff member of the directory, in its order (department, then 工号). */
	public List<Staff> allStaff() {
		return directory.staff(StaffQuery.ALL, DIRECTORY_READER);
	}

	/** The staff employed on the day: 在职 or 借调 now and hired on or before it (or hire date unknown). */
	public List<Staff> employedOn(LocalDate day) {
		Predicate<Staff> employed = s -> (s.status() == EmploymentStatus.ACTIVE
				|| s.status() == EmploymentStatus.SECONDED) && (s.hireDate() == null || !s.hireDate().isAfter(day));
		return allStaff().stream().filter(employed).toList();
	}

	public Staff staff(String staffNo) {
		return directory.staff(staffNo).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.staffNotFound, staffNo)));
	}

	public DirectoryService directory() {
		return directory;
	}

	/** Audits a change inside its transaction ({@code em} of the running write), so both commit or neither. */
	public void audit(EntityManager em, Principal actor, String action, String objectType, String objectId,
			String detail) {
		audit.recordIn(em, actor, action, objectType, objectId, detail);
	}

	/** Refuses a change made from a version of the record older than the stored one, naming who changed it. */
	public void expectUnchanged(long stored, long seen, String objectType, String objectId, String label) {
		Versions.expect(stored, seen, audit, objectType, objectId, label);
	}

	/** Audits what changes nothing in the unit (a score sheet written), in a transaction of its own. */
	public void auditUnchanged(Principal actor, String action, String objectType, String objectId, String detail) {
		audit.record(actor, action, objectType, objectId, detail);
	}
}
