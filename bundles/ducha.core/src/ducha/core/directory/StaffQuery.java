package ducha.core.directory;

/**
 * Filter for staff lists. Null fields do not filter.
 *
 * @param departmentCode only this department
 * @param status         only this employment status
 * @param text           part of the name or the 工号
 */
public record StaffQuery(String departmentCode, EmploymentStatus status, String text) {

	public static final StaffQuery ALL = new StaffQuery(null, null, null);
}
