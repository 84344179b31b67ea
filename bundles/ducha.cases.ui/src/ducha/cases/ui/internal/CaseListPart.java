package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import ducha.app.ui.PagedPart;
import ducha.cases.PageKey;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import jakarta.inject.Inject;

/**
 * A case list of the register's size, paged by the kit: what the case lists add is the logged-in user and the names
 * of judges and departments, which the rows carry as 工号 and codes.
 */
abstract class CaseListPart extends PagedPart<PageKey> {

	@Inject
	Principal principal;

	@Inject
	DirectoryService directory;

	private final Map<String, String> staffNames = new HashMap<>();
	private DepartmentNames departments;

	@Override
	protected String empty() {
		return Messages.Cases_empty;
	}

	/** 承办人 name from the directory (cached; the job thread only), 工号 when unknown. */
	synchronized String staffName(String staffNo) {
		return staffNames.computeIfAbsent(staffNo, no -> directory.staff(no).map(Staff::name).orElse(no));
	}

	synchronized String departmentName(String code) {
		if (departments == null) {
			departments = directory.departmentNames();
		}
		return departments.name(code);
	}

	static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	static String date(LocalDate value) {
		return value == null ? "" : value.toString();
	}
}
