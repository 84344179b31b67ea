package ducha.core.internal.security;

import static ducha.core.security.Role.ADMIN;
import static ducha.core.security.Role.COURT_LEADER;
import static ducha.core.security.Role.DEPARTMENT_HEAD;
import static ducha.core.security.Role.FULL_TIME_SUPERVISOR;
import static ducha.core.security.Role.INTEGRITY_SUPERVISOR;
import static ducha.core.security.Role.OFFICE_DIRECTOR;
import static ducha.core.security.Role.POLITICAL_SUPERVISOR;
import static ducha.core.security.Role.TRIAL_MANAGEMENT;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import ducha.core.security.CorePermissions;
import ducha.core.security.Permission;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.core.security.Role;

/**
 * The platform's permissions. Everyone who works with supervision records reads the directory (within their
 * department scope); the supervision office maintains staff and supervisors; only administrators manage
 * accounts, the database and the demo.
 */
@Component
public class CorePermissionProvider implements PermissionProvider {

	private static final List<PermissionGrant> GRANTS = List.of(
			grant(CorePermissions.STAFF_READ, Messages.Permission_staffRead, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR, POLITICAL_SUPERVISOR, INTEGRITY_SUPERVISOR, COURT_LEADER, DEPARTMENT_HEAD,
					TRIAL_MANAGEMENT),
			grant(CorePermissions.STAFF_WRITE, Messages.Permission_staffWrite, ADMIN, OFFICE_DIRECTOR),
			grant(CorePermissions.SUPERVISORS_WRITE, Messages.Permission_supervisorsWrite, ADMIN, OFFICE_DIRECTOR),
			grant(CorePermissions.USERS_ADMIN, Messages.Permission_usersAdmin, ADMIN),
			grant(CorePermissions.AUDIT_READ, Messages.Permission_auditRead, ADMIN, OFFICE_DIRECTOR),
			grant(CorePermissions.DB_ADMIN, Messages.Permission_dbAdmin, ADMIN),
			grant(CorePermissions.PLUGINS_ADMIN, Messages.Permission_pluginsAdmin, ADMIN),
			grant(CorePermissions.DEMO_SEED, Messages.Permission_demoSeed, ADMIN));

	@Override
	public Collection<PermissionGrant> grants() {
		return GRANTS;
	}

	private static PermissionGrant grant(String id, String label, Role... roles) {
		return new PermissionGrant(new Permission(id, label), Set.of(roles));
	}
}
