package ducha.cases.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;

/** Department names and the directory's order of departments, for dashboard figures per department. */
final class DepartmentOrder {

	private final Map<String, String> names = new HashMap<>();
	private final Map<String, Integer> order = new HashMap<>();

	DepartmentOrder(DirectoryService directory) {
		for (Department d : directory.departments()) {
			names.put(d.code(), d.name());
			order.put(d.code(), d.sortOrder());
		}
	}

	String name(String code) {
		return names.getOrDefault(code, code);
	}

	/** The codes in the directory's order; codes the directory does not know last, by code. */
	List<String> sorted(java.util.Collection<String> codes) {
		return codes.stream().sorted(Comparator.comparing((String c) -> order.getOrDefault(c, Integer.MAX_VALUE))
				.thenComparing(Comparator.naturalOrder())).toList();
	}
}
