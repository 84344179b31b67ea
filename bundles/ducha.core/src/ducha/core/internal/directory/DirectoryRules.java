package ducha.core.internal.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ducha.core.directory.Department;
import ducha.core.directory.Staff;

/** What makes a department or a staff record acceptable; shared by the services and the ledger kinds. */
public final class DirectoryRules {

	public static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
	public static final Pattern STAFF_NO = Pattern.compile("[A-Za-z0-9-]{1,20}");
	public static final int NAME_LENGTH = 50;
	public static final int DEPARTMENT_NAME_LENGTH = 100;
	public static final int POSITION_LENGTH = 50;

	public static final String BAD_DEPARTMENT_CODE = "部门编码只能由 1 到 20 个字母、数字、下划线或连字符组成";
	public static final String BAD_STAFF_NO = "工号只能由 1 到 20 个字母、数字或连字符组成";

	private DirectoryRules() {
	}

	public static List<String> check(Department d) {
		List<String> problems = new ArrayList<>();
		String where = "部门 " + d.code() + ": ";
		if (!DEPARTMENT_CODE.matcher(d.code()).matches()) {
			problems.add(where + BAD_DEPARTMENT_CODE);
		}
		if (d.name().isBlank() || d.name().length() > DEPARTMENT_NAME_LENGTH) {
			problems.add(where + "名称不能为空，最多 " + DEPARTMENT_NAME_LENGTH + " 个字");
		}
		return problems;
	}

	/** Checks the record itself; whether its department exists is the caller's question. */
	public static List<String> check(Staff s, LocalDate today) {
		List<String> problems = new ArrayList<>();
		String where = "干警 " + s.staffNo() + ": ";
		if (!STAFF_NO.matcher(s.staffNo()).matches()) {
			problems.add(where + BAD_STAFF_NO);
		}
		if (s.name().isBlank() || s.name().length() > NAME_LENGTH) {
			problems.add(where + "姓名不能为空，最多 " + NAME_LENGTH + " 个字");
		}
		if (s.position() != null && s.position().length() > POSITION_LENGTH) {
			problems.add(where + "职务最多 " + POSITION_LENGTH + " 个字");
		}
		if (s.hireDate() != null && s.hireDate().isAfter(today)) {
			problems.add(where + "入职日期 " + s.hireDate() + " 在今天之后");
		}
		return problems;
	}
}
