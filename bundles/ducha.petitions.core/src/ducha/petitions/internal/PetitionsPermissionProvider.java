package ducha.petitions.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import ducha.core.security.Permission;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.core.security.Role;
import ducha.petitions.PetitionPermissions;
import static ducha.core.security.Role.ADMIN;
import static ducha.core.security.Role.COURT_LEADER;
import static ducha.core.security.Role.FULL_TIME_SUPERVISOR;
import static ducha.core.security.Role.OFFICE_DIRECTOR;

/**
 * The supervision office handles petitions; court leaders and IT see that they exist (never who wrote them: that
 * is not a permission but the assignment, see PetitionAccess). Part-time supervisors, department heads and staff
 * do not see petitions at all.
 */
@Component
public class PetitionsPermissionProvider implements PermissionProvider {

	private static final List<PermissionGrant> GRANTS = List.of(
			grant(PetitionPermissions.READ, Messages.permissionRead, ADMIN, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR,
					COURT_LEADER),
			grant(PetitionPermissions.HANDLE, Messages.permissionHandle, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR),
			grant(PetitionPermissions.ASSIGN, Messages.permissionAssign, OFFICE_DIRECTOR),
			grant(PetitionPermissions.SCREEN, Messages.permissionScreen, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR),
			// past years' registers come in once, under the director who answers for the reporters they name
			grant(PetitionPermissions.IMPORT, Messages.permissionImport, OFFICE_DIRECTOR));

	@Override
	public Collection<PermissionGrant> grants() {
		return GRANTS;
	}

	private static PermissionGrant grant(String id, String label, Role... roles) {
		return new PermissionGrant(new Permission(id, label), Set.of(roles));
	}
}
