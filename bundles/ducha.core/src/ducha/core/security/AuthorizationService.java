package ducha.core.security;

import java.util.Collection;

/** The one place every plugin asks what a user may do. */
public interface AuthorizationService {

	/** True when one of the principal's roles holds the permission (ADMIN holds the platform's admin rights). */
	boolean isPermitted(Principal principal, String permissionId);

	/**
	 * @throws AccessDeniedException saying in the user's words what the permission allows (its
	 *                               {@link #label label}, never its id) when {@link #isPermitted} is false
	 */
	void check(Principal principal, String permissionId);

	/** True when the principal may see records of the given department. */
	boolean canSeeDepartment(Principal principal, String departmentCode);

	/**
	 * What the permission allows, as its plugin declared it for users (e.g. 查看案件登记); a permission no installed
	 * plugin declares reads as a generic phrase, so that an id never reaches a user.
	 */
	String label(String permissionId);

	/** Every permission currently declared, with its roles (platform and installed plugins). */
	Collection<PermissionGrant> grants();
}
