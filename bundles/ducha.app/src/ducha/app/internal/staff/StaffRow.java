package ducha.app.internal.staff;

import ducha.core.directory.DepartmentKind;

/**
 * One line of the staff directory as shown: names resolved, dates and states as text.
 *
 * @param staffNo         工号
 * @param name            姓名
 * @param departmentCode  code of the 部门 (filters)
 * @param departmentName  name of the 部门 (shown)
 * @param departmentKind  kind of the 部门 (filters), null when the department is unknown
 * @param departmentOrder the court's order of departments (default sort)
 * @param position        职务
 * @param hireDate        入职日期 as yyyy-MM-dd, empty when unknown
 * @param status          在职状态
 * @param roles           督察角色 held today, joined with 、
 */
record StaffRow(String staffNo, String name, String departmentCode, String departmentName,
		DepartmentKind departmentKind, int departmentOrder, String position, String hireDate, String status,
		String roles) {
}
