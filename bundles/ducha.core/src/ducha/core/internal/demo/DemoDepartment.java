package ducha.core.internal.demo;

import java.util.ArrayList;
import java.util.List;

import ducha.core.directory.DepartmentKind;

/**
 * A department of the demo court with its posts, head first.
 *
 * @param group the 专业督察组 its political and integrity supervisors join, null when it has none of its own
 */
record DemoDepartment(String code, String name, DepartmentKind kind, List<String> posts, String group) {

	boolean supervised() {
		return group != null;
	}

	/** @param postsAndCounts post, count, post, count, ... */
	static DemoDepartment of(String code, String name, DepartmentKind kind, String group, Object... postsAndCounts) {
		List<String> posts = new ArrayList<>();
		for (int i = 0; i < postsAndCounts.length; i += 2) {
			for (int n = 0; n < (Integer) postsAndCounts[i + 1]; n++) {
				posts.add((String) postsAndCounts[i]);
			}
		}
		return new DemoDepartment(code, name, kind, List.copyOf(posts), group);
	}
}
