package ducha.core.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the logged-in user in the workbench, or the operator of the command line. Every service call
 * that reads protected data or changes anything takes one, so authorization and audit never guess.
 *
 * @param username    account name, written into the audit log
 * @param displayName name shown in the UI
 * @param staffNo     工号 of the user's own staff record, may be null (e.g. IT accounts)
 * @param roles       granted roles
 * @param scope       departments the user may see
 */
public record Principal(String username, String displayName, String staffNo, Set<Role> roles,
		DepartmentScope scope) {

	public Principal {
		Objects.requireNonNull(username, "username");
		roles = Set.copyOf(roles);
		Objects.requireNonNull(scope, "scope");
	}

	/** The operator of the command line on the database host: full rights, audited under its OS user name. */
	public static Principal system(String who) {
		return new Principal(who, who, null, Set.of(Role.ADMIN), DepartmentScope.ALL);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
