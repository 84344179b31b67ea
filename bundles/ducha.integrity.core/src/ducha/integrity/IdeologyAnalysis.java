package ducha.integrity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The quarterly analysis of one department's staff ideological state (思想动态分析).
 *
 * @param id             database id, 0 before it is stored
 * @param departmentCode the department
 * @param year           year
 * @param quarter        1..4
 * @param date           day the analysis was made
 * @param findings       what was found
 * @param measures       what will be done, may be null
 */
public record IdeologyAnalysis(long id, String departmentCode, int year, int quarter, LocalDate date,
		String findings, String measures) {

	public IdeologyAnalysis {
		Objects.requireNonNull(departmentCode, "departmentCode");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(findings, "findings");
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
		}
	}
}
