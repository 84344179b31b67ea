package ducha.cases.internal;

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

import ducha.cases.CasePermissions;
import ducha.core.security.Permission;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.core.security.Role;

/**
 * Who may do what with cases: supervisors, leaders, department heads and the trial management office read
 * (within their department scope); the trial management office imports the register and records review findings;
 * the supervision office and court leaders issue orders; only the office director changes the watch rules and
 * the suggestion keywords. Four-kinds and major cases are marked by those who identify them in practice: court
 * leaders and department heads (庭长, within their own departments), the supervision office and the trial
 * management office; part-time supervisors only read the lists.
 */
@Component
public class CasesPermissionProvider implements PermissionProvider {

	private static final List<PermissionGrant> GRANTS = List.of(
			grant(CasePermissions.READ, Messages.permissionRead, ADMIN, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR,
					POLITICAL_SUPERVISOR, INTEGRITY_SUPERVISOR, COURT_LEADER, DEPARTMENT_HEAD, TRIAL_MANAGEMENT),
			grant(CasePermissions.IMPORT, Messages.permissionImport, ADMIN, OFFICE_DIRECTOR, TRIAL_MANAGEMENT),
			grant(CasePermissions.RULES, Messages.permissionRules, ADMIN, OFFICE_DIRECTOR),
			grant(CasePermissions.SUPERVISE, Messages.permissionSupervise, ADMIN, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR,
					COURT_LEADER),
			grant(CasePermissions.REVIEW, Messages.permissionReview, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR, TRIAL_MANAGEMENT, INTEGRITY_SUPERVISOR),
			grant(CasePermissions.MARK, Messages.permissionMark, ADMIN, OFFICE_DIRECTOR, FULL_TIME_SUPERVISOR,
					COURT_LEADER, DEPARTMENT_HEAD, TRIAL_MANAGEMENT));

	@Override
	public Collection<PermissionGrant> grants() {
		return GRANTS;
	}

	private static PermissionGrant grant(String id, String label, Role... roles) {
		return new PermissionGrant(new Permission(id, label), Set.of(roles));
	}
}
