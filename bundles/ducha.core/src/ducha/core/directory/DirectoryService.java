package ducha.core.directory;

import java.util.List;
import java.util.Optional;

import ducha.core.security.Principal;

/**
 * Departments and staff: the directory every plugin refers to by department code and 工号. Reads are filtered by
 * the reader's department scope; writes need {@code staff.write} and are audited.
 */
public interface DirectoryService {

	/** All departments in the court's order, inactive ones included. Not scoped: department names are public. */
	List<Department> departments();

	Optional<Department> department(String code);

	/** Names by code and codes by name or code, read once: the one way plugins show and resolve departments. */
	default DepartmentNames departmentNames() {
		return DepartmentNames.of(departments());
	}

	/** Staff matching the query that the reader may see, ordered by department order then 工号. */
	List<Staff> staff(StaffQuery query, Principal reader);

	/** One staff member regardless of scope (other services resolve names and departments through this). */
	Optional<Staff> staff(String staffNo);

	long staffCount();

	void saveDepartment(Department department, Principal actor);

	void saveStaff(Staff staff, Principal actor);

	/**
	 * Inserts or updates (by code) the given departments in one transaction.
	 *
	 * @return how many were inserted and updated
	 */
	ImportSummary importDepartments(List<Department> departments, Principal actor);

	/**
	 * Inserts or updates (by 工号) the given staff in one transaction: either all rows are stored or none.
	 * Callers validate first; this still refuses unknown department codes.
	 */
	ImportSummary importStaff(List<Staff> staff, Principal actor);
}
