package ducha.inspections.internal;

import static ducha.core.security.Role.ADMIN;
import static ducha.core.security.Role.COURT_LEADER;
import static ducha.core.security.Role.DEPARTMENT_HEAD;
import static ducha.core.security.Role.FULL_TIME_SUPERVISOR;
import static ducha.core.security.Role.OFFICE_DIRECTOR;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import ducha.core.security.Permission;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.core.security.Role;
import ducha.inspections.InspectionPermissions;

/**
 * The inspections plugin's permissions. The departments a reader reaches come from their scope (a department head's
 * own department); unannounced inspections not yet closed stay with {@link InspectionPermissions#MANAGE}.
 */
@Component
public class InspectionPermissionProvider implements PermissionProvider {

	private static final List<PermissionGrant> GRANTS = List.of(
			grant(InspectionPermissions.MANAGE, Messages.permissionManage, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR),
			grant(InspectionPermissions.READ, Messages.permissionRead, ADMIN, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR,
					COURT_LEADER, DEPARTMENT_HEAD),
			grant(InspectionPermissions.RECTIFY, Messages.permissionRectify, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR, DEPARTMENT_HEAD));

	@Override
	public Collection<PermissionGrant> grants() {
		return GRANTS;
	}

	private static PermissionGrant grant(String id, String label, Role... roles) {
		return new PermissionGrant(new Permission(id, label), Set.of(roles));
	}
}
