package ducha.core.internal.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ducha.core.Language;
import ducha.core.directory.Department;
import ducha.core.directory.Staff;

/** What makes a department or a staff record acceptable; shared by the services and the ledger kinds. */
public final class DirectoryRules {

	public static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
	public static final Pattern STAFF_NO = Pattern.compile("[A-Za-z0-9-]{1,20}");
	public static final int NAME_LENGTH = 50;
	public static final int DEPARTMENT_NAME_LENGTH = 100;
	public static final int POSITION_LENGTH = 50;

	private DirectoryRules() {
	}

	public static List<String> check(Department d) {
		List<String> problems = new ArrayList<>();
		if (!DEPARTMENT_CODE.matcher(d.code()).matches()) {
			problems.add(Language.format(Messages.Rules_department, d.code(), Messages.Rules_badDepartmentCode));
		}
		if (d.name().isBlank() || d.name().length() > DEPARTMENT_NAME_LENGTH) {
			problems.add(Language.format(Messages.Rules_department, d.code(),
					Language.format(Messages.Rules_departmentName, DEPARTMENT_NAME_LENGTH)));
		}
		return problems;
	}

	/** Checks the record itself; whether its department exists is the caller's question. */
	public static List<String> check(Staff s, LocalDate today) {
		List<String> problems = new ArrayList<>();
		List<String> found = new ArrayList<>();
		if (!STAFF_NO.matcher(s.staffNo()).matches()) {
			found.add(Messages.Rules_badStaffNo);
		}
		if (s.name().isBlank() || s.name().length() > NAME_LENGTH) {
			found.add(Language.format(Messages.Rules_staffName, NAME_LENGTH));
		}
		if (s.position() != null && s.position().length() > POSITION_LENGTH) {
			found.add(Language.format(Messages.Rules_position, POSITION_LENGTH));
		}
		if (s.hireDate() != null && s.hireDate().isAfter(today)) {
			found.add(Language.format(Messages.Rules_hiredLater, s.hireDate()));
		}
		for (String problem : found) {
			problems.add(Language.format(Messages.Rules_staff, s.staffNo(), problem));
		}
		return problems;
	}
}
