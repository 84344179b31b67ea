package ducha.integrity.internal.archive;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.internal.Messages;

/**
 * Who may read whose archive, and the audit of every read of another person's archive. Shared by the archive
 * and the services that list one person's talks and dispositions, so the rule lives in one place.
 */
@Component(service = ArchiveAccess.class)
public class ArchiveAccess {

	/** Audit action of a read of another person's archive (or of their talks and dispositions). */
	public static final String READ_ACTION = "integrity.archive.read";
	/** Audit action of a refused attempt. */
	public static final String DENIED_ACTION = "integrity.archive.denied";

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private AuditLog audit;

	/** The staff member, or NotFoundException naming the 工号. */
	public Staff staff(String staffNo) {
		return directory.staff(staffNo)
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.staffNotFound, staffNo)));
	}

	public static boolean isOwn(Staff staff, Principal viewer) {
		return viewer != null && staff.staffNo().equals(viewer.staffNo());
	}

	/** True when the viewer may read the staff member's archive. */
	public boolean mayRead(Staff staff, Principal viewer) {
		if (viewer == null) {
			return false;
		}
		if (isOwn(staff, viewer) || authorization.isPermitted(viewer, IntegrityPermissions.ARCHIVE_READ_ALL)) {
			return true;
		}
		return authorization.isPermitted(viewer, IntegrityPermissions.ARCHIVE_READ_DEPARTMENT)
				&& authorization.canSeeDepartment(viewer, staff.departmentCode());
	}

	/** True when the viewer may read the archive of anyone but themselves (all, or their departments'). */
	public boolean readsOthers(Principal viewer) {
		return authorization.isPermitted(viewer, IntegrityPermissions.ARCHIVE_READ_ALL)
				|| authorization.isPermitted(viewer, IntegrityPermissions.ARCHIVE_READ_DEPARTMENT);
	}

	/** The staff whose archive the viewer may read, their own record first (see IntegrityArchive#readableStaff). */
	public List<Staff> readableStaff(Principal viewer) {
		List<Staff> readable = new ArrayList<>();
		if (viewer == null) {
			return readable;
		}
		if (viewer.staffNo() != null) {
			directory.staff(viewer.staffNo()).ifPresent(readable::add);
		}
		if (readsOthers(viewer)) {
			directory.staff(StaffQuery.ALL, viewer).stream()
					.filter(s -> !isOwn(s, viewer) && mayRead(s, viewer)).forEach(readable::add);
		}
		return readable;
	}

	/**
	 * Lets the viewer in or throws; a refused attempt is audited, and so is a granted read of another person's
	 * archive.
	 *
	 * @param what what is read, for the audit entry (e.g. 2024年 廉政档案)
	 * @return true when viewers read their own archive
	 */
	public boolean checkRead(Staff staff, Principal viewer, String what) {
		if (!mayRead(staff, viewer)) {
			if (viewer != null) {
				audit.record(viewer, DENIED_ACTION, "staff", staff.staffNo(), NLS.bind(Messages.auditReadDenied, what));
			}
			throw new AccessDeniedException(NLS.bind(Messages.archiveDenied, new Object[] {
					viewer == null ? Messages.notLoggedIn : viewer.username(), staff.name(), staff.staffNo() }));
		}
		boolean own = isOwn(staff, viewer);
		if (!own) {
			audit.record(viewer, READ_ACTION, "staff", staff.staffNo(),
					NLS.bind(Messages.auditRead, staff.name(), what));
		}
		return own;
	}
}
