package ducha.core.directory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A court employee (干警). Other plugins refer to staff only by {@link #staffNo() 工号}.
 *
 * @param staffNo        工号, unique and stable
 * @param name           姓名
 * @param departmentCode code of the 部门
 * @param position       职务, e.g. 审判员, 法官助理, 书记员, 庭长
 * @param hireDate       入职日期, may be null when unknown
 * @param status         在职状态
 */
public record Staff(String staffNo, String name, String departmentCode, String position, LocalDate hireDate,
		EmploymentStatus status) {

	public Staff {
		Objects.requireNonNull(staffNo, "staffNo");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(departmentCode, "departmentCode");
		Objects.requireNonNull(status, "status");
	}

	/** 姓名（工号）: how lists and pickers name a person where two may share a name. */
	public String label() {
		return name + "（" + staffNo + "）";
	}
}
