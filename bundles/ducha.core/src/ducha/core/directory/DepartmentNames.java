package ducha.core.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The court's departments looked up both ways, from one read of the directory: the name users see for a stored
 * code (exports, documents, views), and the code for what a user typed in a ledger, a name or a code. Take one per
 * export or import ({@link DirectoryService#departmentNames()}), not one per row.
 */
public final class DepartmentNames {

	private final Map<String, String> nameByCode = new HashMap<>();
	private final Map<String, String> codeByName = new HashMap<>();
	private final Map<String, String> codeByNameOrCode = new HashMap<>();
	private final Map<String, Integer> sortOrder = new HashMap<>();

	private DepartmentNames(List<Department> departments) {
		for (Department d : departments) {
			nameByCode.put(d.code(), d.name());
			codeByName.put(d.name(), d.code());
			codeByNameOrCode.put(d.name(), d.code());
			sortOrder.put(d.code(), d.sortOrder());
		}
		// codes win over a name that happens to equal another department's code
		departments.forEach(d -> codeByNameOrCode.put(d.code(), d.code()));
	}

	public static DepartmentNames of(List<Department> departments) {
		return new DepartmentNames(departments);
	}

	/**
	 * The department's name; the code itself for a code no department has (any more), so that a record of a
	 * removed department still shows where it belonged; null for null.
	 */
	public String name(String code) {
		return code == null ? null : nameByCode.getOrDefault(code, code);
	}

	/** The code of the department with exactly this name, or null when there is none. */
	public String codeOfName(String name) {
		return name == null ? null : codeByName.get(name.strip());
	}

	/** The code of the department with this name or code, or null when there is none. */
	public String code(String nameOrCode) {
		return nameOrCode == null ? null : codeByNameOrCode.get(nameOrCode.strip());
	}

	/**
	 * The codes in the court's order of departments (figures per department); codes no department has after them,
	 * by code, and an empty code (no department) last.
	 */
	public List<String> sorted(Collection<String> codes) {
		return codes.stream().sorted(Comparator.comparing((String code) -> code.isEmpty())
				.thenComparing(code -> sortOrder.getOrDefault(code, Integer.MAX_VALUE))
				.thenComparing(Comparator.naturalOrder())).toList();
	}
}
