package ducha.study;

import java.util.Objects;

/**
 * A political supervisor who can review in a month.
 *
 * @param staffNo       工号
 * @param ownDepartment the department the supervisor belongs to and therefore never reviews; null when none
 */
public record Reviewer(String staffNo, String ownDepartment) {

	public Reviewer {
		Objects.requireNonNull(staffNo, "staffNo");
	}
}
