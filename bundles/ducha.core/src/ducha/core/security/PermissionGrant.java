package ducha.core.security;

import java.util.Set;

/** A permission and the roles that hold it. */
public record PermissionGrant(Permission permission, Set<Role> roles) {

	public PermissionGrant {
		roles = Set.copyOf(roles);
	}
}
