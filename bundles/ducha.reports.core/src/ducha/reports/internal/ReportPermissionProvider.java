package ducha.reports.internal;

import static ducha.core.security.Role.ADMIN;
import static ducha.core.security.Role.COURT_LEADER;
import static ducha.core.security.Role.FULL_TIME_SUPERVISOR;
import static ducha.core.security.Role.OFFICE_DIRECTOR;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import ducha.core.security.Permission;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.reports.ReportPermissions;

/**
 * The work summary holds court-wide figures of every plugin: the supervision office writes it, the court's
 * leaders and the administrator read it; department-scoped roles and staff do not.
 */
@Component
public class ReportPermissionProvider implements PermissionProvider {

	private static final List<PermissionGrant> GRANTS = List.of(new PermissionGrant(
			new Permission(ReportPermissions.READ, Messages.Permission_read),
			Set.of(ADMIN, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR, COURT_LEADER)));

	@Override
	public Collection<PermissionGrant> grants() {
		return GRANTS;
	}
}
