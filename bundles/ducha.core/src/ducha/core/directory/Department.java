package ducha.core.directory;

import java.util.Objects;

/**
 * A department (部门) of the court. The code is the stable key other records use; the name is what users see.
 *
 * @param code      short stable key, e.g. {@code LAT} for 立案庭
 * @param name      the department's name, e.g. 立案庭
 * @param kind      trial, enforcement, administrative or leadership
 * @param sortOrder position in lists (the court's own order, not alphabetical)
 * @param active    false for a department that was dissolved; its records stay
 */
public record Department(String code, String name, DepartmentKind kind, int sortOrder, boolean active) {

	public Department {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
	}
}
