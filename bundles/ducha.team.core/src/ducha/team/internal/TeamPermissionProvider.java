package ducha.team.internal;

import static ducha.core.security.Role.ADMIN;
import static ducha.core.security.Role.COURT_LEADER;
import static ducha.core.security.Role.DEPARTMENT_HEAD;
import static ducha.core.security.Role.FULL_TIME_SUPERVISOR;
import static ducha.core.security.Role.INTEGRITY_SUPERVISOR;
import static ducha.core.security.Role.OFFICE_DIRECTOR;
import static ducha.core.security.Role.POLITICAL_SUPERVISOR;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import ducha.core.security.Permission;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.core.security.Role;
import ducha.team.TeamPermissions;

/** The team plugin's permissions: the office keeps the team, its director evaluates, leaders and supervisors read. */
@Component
public class TeamPermissionProvider implements PermissionProvider {

	private static final List<PermissionGrant> GRANTS = List.of(
			grant(TeamPermissions.MANAGE, Messages.permissionManage, ADMIN, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR),
			grant(TeamPermissions.READ, Messages.permissionRead, ADMIN, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR,
					COURT_LEADER, DEPARTMENT_HEAD, POLITICAL_SUPERVISOR, INTEGRITY_SUPERVISOR),
			grant(TeamPermissions.EVALUATE, Messages.permissionEvaluate, ADMIN, OFFICE_DIRECTOR));

	@Override
	public Collection<PermissionGrant> grants() {
		return GRANTS;
	}

	private static PermissionGrant grant(String id, String label, Role... roles) {
		return new PermissionGrant(new Permission(id, label), Set.of(roles));
	}
}
