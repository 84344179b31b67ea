package ducha.core.security;

import java.util.Objects;
import java.util.Set;

/**
 * A login account (the password hash never leaves the service).
 *
 * @param username    login name
 * @param displayName shown in the UI
 * @param staffNo     工号 of the user's staff record, may be null
 * @param roles       granted roles
 * @param scope       departments the user may see
 * @param enabled     false for a locked account
 */
public record UserAccount(String username, String displayName, String staffNo, Set<Role> roles,
		DepartmentScope scope, boolean enabled) {

	public UserAccount {
		Objects.requireNonNull(username, "username");
		roles = Set.copyOf(roles);
		Objects.requireNonNull(scope, "scope");
	}

	public Principal toPrincipal() {
		return new Principal(username, displayName == null ? username : displayName, staffNo, roles, scope);
	}
}
