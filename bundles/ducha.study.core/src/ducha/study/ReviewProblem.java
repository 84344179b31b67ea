package ducha.study;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A problem a monthly review found in a department's study records, with the rectification asked and how it was
 * verified.
 *
 * @param id            database id, 0 before it is stored
 * @param finding       what was found (发现问题)
 * @param rectification the rectification asked (整改要求)
 * @param verification  how the rectification was verified (整改核查情况), null while open
 * @param verifiedOn    the day it was verified, null while open
 * @param version       the stored version the problem was read at, 0 before it is stored (the verification passes
 *                      it back, so that one made from an out-of-date view is refused)
 */
public record ReviewProblem(long id, String finding, String rectification, String verification,
		LocalDate verifiedOn, long version) {

	/** A problem not yet stored. */
	public ReviewProblem(long id, String finding, String rectification, String verification, LocalDate verifiedOn) {
		this(id, finding, rectification, verification, verifiedOn, 0);
	}

	public ReviewProblem {
		Objects.requireNonNull(finding, "finding");
	}

	/** A new, open problem. */
	public static ReviewProblem of(String finding, String rectification) {
		return new ReviewProblem(0, finding, rectification, null, null);
	}

	/** True once the rectification was verified. */
	public boolean verified() {
		return verifiedOn != null;
	}
}
