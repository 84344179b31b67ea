package ducha.study.internal;

import static ducha.core.security.Role.ADMIN;
import static ducha.core.security.Role.COURT_LEADER;
import static ducha.core.security.Role.DEPARTMENT_HEAD;
import static ducha.core.security.Role.FULL_TIME_SUPERVISOR;
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
import ducha.study.StudyPermissions;

/**
 * The study plugin's permissions. The department a permission reaches is decided by the services from the
 * caller's scope: a department head's own department, a political supervisor's assigned departments.
 */
@Component
public class StudyPermissionProvider implements PermissionProvider {

	private static final List<PermissionGrant> GRANTS = List.of(
			grant(StudyPermissions.RECORDS_READ, Messages.permissionRecordsRead, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR, POLITICAL_SUPERVISOR, COURT_LEADER, DEPARTMENT_HEAD),
			grant(StudyPermissions.RECORDS_WRITE, Messages.permissionRecordsWrite, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR, DEPARTMENT_HEAD),
			grant(StudyPermissions.REVIEWS_ASSIGN, Messages.permissionReviewsAssign, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR),
			grant(StudyPermissions.REVIEWS_READ_ALL, Messages.permissionReviewsReadAll, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR, COURT_LEADER),
			grant(StudyPermissions.REVIEWS_WRITE, Messages.permissionReviewsWrite, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR, POLITICAL_SUPERVISOR),
			grant(StudyPermissions.TESTS_MANAGE, Messages.permissionTestsManage, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR),
			grant(StudyPermissions.SCORES_READ_ALL, Messages.permissionScoresReadAll, ADMIN, OFFICE_DIRECTOR,
					FULL_TIME_SUPERVISOR, COURT_LEADER),
			grant(StudyPermissions.SCORES_READ_DEPARTMENT, Messages.permissionScoresReadDepartment,
					DEPARTMENT_HEAD));

	@Override
	public Collection<PermissionGrant> grants() {
		return GRANTS;
	}

	private static PermissionGrant grant(String id, String label, Role... roles) {
		return new PermissionGrant(new Permission(id, label), Set.of(roles));
	}
}
