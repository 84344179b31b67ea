package ducha.integrity.internal;

import static ducha.core.security.Role.ADMIN;
import static ducha.core.security.Role.COURT_LEADER;
import static ducha.core.security.Role.FULL_TIME_SUPERVISOR;
import static ducha.core.security.Role.INTEGRITY_SUPERVISOR;
import static ducha.core.security.Role.OFFICE_DIRECTOR;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import ducha.core.security.Permission;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.core.security.Role;
import ducha.integrity.IntegrityPermissions;

/**
 * The integrity plugin's permissions. Reading one's own archive needs none. The administrator reads every
 * archive, e.g. to write the integrity report with {@code ducha-cli}; each such read is audited under the
 * account like any other.
 */
@Component
public class IntegrityPermissionProvider implements PermissionProvider {

	private static final List<PermissionGrant> GRANTS = List.of(
			grant(IntegrityPermissions.ARCHIVE_READ_ALL, Messages.permissionArchiveAll, ADMIN, OFFICE_DIRECTOR,
					COURT_LEADER),
			grant(IntegrityPermissions.ARCHIVE_READ_DEPARTMENT, Messages.permissionArchiveDepartment,
					INTEGRITY_SUPERVISOR),
			grant(IntegrityPermissions.RECORDS_READ, Messages.permissionRecordsRead, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR, INTEGRITY_SUPERVISOR, COURT_LEADER),
			grant(IntegrityPermissions.RECORDS_WRITE, Messages.permissionRecordsWrite, ADMIN,
					OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR));

	@Override
	public Collection<PermissionGrant> grants() {
		return GRANTS;
	}

	private static PermissionGrant grant(String id, String label, Role... roles) {
		return new PermissionGrant(new Permission(id, label), Set.of(roles));
	}
}
