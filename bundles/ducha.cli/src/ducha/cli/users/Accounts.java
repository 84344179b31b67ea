package ducha.cli.users;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;

/** How roles and scopes are written on the command line's output. */
final class Accounts {

	private Accounts() {
	}

	/** Roles as the operator types them, with the Chinese label: {@code ADMIN(系统管理员)}. */
	static String roles(Collection<Role> roles) {
		return roles.stream().sorted().map(Accounts::role).collect(Collectors.joining(","));
	}

	static String allRoles() {
		return Arrays.stream(Role.values()).map(Accounts::role).collect(Collectors.joining(", "));
	}

	private static String role(Role role) {
		return role.name() + "(" + role.label() + ")";
	}

	static String scope(DepartmentScope scope) {
		if (scope.all()) {
			return Messages.allDepartments;
		}
		if (scope.departmentCodes().isEmpty()) {
			return Messages.noDepartments;
		}
		return scope.departmentCodes().stream().sorted().collect(Collectors.joining(","));
	}
}
