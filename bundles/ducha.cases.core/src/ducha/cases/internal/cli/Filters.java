package ducha.cases.internal.cli;

import org.eclipse.osgi.util.NLS;

import ducha.cases.CaseQuery;
import ducha.cases.CaseStatus;
import ducha.core.ValidationException;
import ducha.core.directory.DirectoryService;
import picocli.CommandLine.Option;

/** {@code --department} (code or name) and {@code --judge} (工号), checked against the directory. */
final class Filters {

	@Option(names = "--department", paramLabel = "CODE", descriptionKey = "department")
	String department;

	@Option(names = "--judge", paramLabel = "NO", descriptionKey = "judge")
	String judge;

	CaseQuery query(DirectoryService directory, CaseStatus status, Integer minAgeDays) {
		String code = null;
		if (department != null) {
			code = directory.departmentNames().code(department);
			if (code == null) {
				throw new ValidationException(NLS.bind(Messages.noDepartment, department));
			}
		}
		if (judge != null && directory.staff(judge.strip()).isEmpty()) {
			throw new ValidationException(NLS.bind(Messages.noStaff, judge));
		}
		return new CaseQuery(code, judge == null ? null : judge.strip(), status, minAgeDays);
	}

	boolean any() {
		return department != null || judge != null;
	}
}
