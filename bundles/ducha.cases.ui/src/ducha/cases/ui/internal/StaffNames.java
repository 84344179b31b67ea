package ducha.cases.ui.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;

/** Names of staff by 工号 and of departments by code, read from the directory in jobs and cached; "工号 姓名" for tables. */
final class StaffNames {

	private final DirectoryService directory;
	private final Map<String, String> names = new ConcurrentHashMap<>();
	private volatile DepartmentNames departments;

	StaffNames(DirectoryService directory) {
		this.directory = directory;
	}

	/** "A0123 张三", the bare 工号 when unknown, empty for null. Reads the directory: call in a job. */
	String label(String staffNo) {
		if (staffNo == null || staffNo.isBlank()) {
			return "";
		}
		String name = names.computeIfAbsent(staffNo, no -> directory.staff(no).map(Staff::name).orElse(""));
		return name.isEmpty() ? staffNo : staffNo + " " + name;
	}

	/** The department's name, the code when unknown. Reads the directory: call in a job. */
	String department(String code) {
		if (code == null) {
			return "";
		}
		DepartmentNames known = departments;
		if (known == null) {
			known = directory.departmentNames();
			departments = known;
		}
		return known.name(code);
	}
}
