package ducha.cases.internal.cli;

import java.util.Optional;

import ducha.cases.CaseQuery;
import ducha.cases.CaseStatus;
import ducha.core.ValidationException;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import picocli.CommandLine.Option;

/** {@code --department} (code or name) and {@code --judge} (工号), checked against the directory. */
final class Filters {

	@Option(names = "--department", paramLabel = "CODE", description = "承办部门（编码或名称）")
	String department;

	@Option(names = "--judge", paramLabel = "工号", description = "承办人工号")
	String judge;

	CaseQuery query(DirectoryService directory, CaseStatus status, Integer minAgeDays) {
		String code = null;
		if (department != null) {
			Optional<Department> found = directory.departments().stream()
					.filter(d -> d.code().equals(department.strip()) || d.name().equals(department.strip())).findFirst();
			code = found.map(Department::code)
					.orElseThrow(() -> new ValidationException("没有编码或名称为“" + department + "”的部门"));
		}
		if (judge != null && directory.staff(judge.strip()).isEmpty()) {
			throw new ValidationException("干警名册中没有工号为“" + judge + "”的干警");
		}
		return new CaseQuery(code, judge == null ? null : judge.strip(), status, minAgeDays);
	}

	boolean any() {
		return department != null || judge != null;
	}
}
