package ducha.core.security;

import java.util.Collection;

/** The one place every plugin asks what a user may do. */
public interface AuthorizationService {

	/** True when one of the principal's roles holds the permission (ADMIN holds the platform's admin rights). */
	boolean isPermitted(Principal principal, String permissionId);

	/** @throws AccessDeniedException naming the permission when {@link #isPermitted} is false */
	void check(Principal principal, String permissionId);

	/** True when the principal may see records of the given department. */
	boolean canSeeDepartment(Principal principal, String departmentCode);

	/** Every permission currently declared, with its roles (platform and installed plugins). */
	Collection<PermissionGrant> grants();
}
