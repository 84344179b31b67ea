package ducha.core.security;

import java.util.Set;

/**
 * The departments whose records a user may see: all of them, or a fixed set of department codes.
 */
public record DepartmentScope(boolean all, Set<String> departmentCodes) {

	public static final DepartmentScope ALL = new DepartmentScope(true, Set.of());

	public DepartmentScope {
		departmentCodes = Set.copyOf(departmentCodes);
	}

	public static DepartmentScope of(Set<String> codes) {
		return new DepartmentScope(false, codes);
	}

	public boolean includes(String departmentCode) {
		return all || departmentCodes.contains(departmentCode);
	}
}
