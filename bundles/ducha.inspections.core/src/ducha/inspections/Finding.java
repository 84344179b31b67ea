package ducha.inspections;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A problem an inspection found (督察发现问题) in a department, or with a person of it, with the rectification it
 * requires by a deadline: the department reports it rectified, the office verifies it (销号).
 *
 * @param findingNo      stable number, {@code <inspectionNo>-<n>}; null when adding a new one (the service numbers it)
 * @param staffNo        工号 of the person concerned, null for a finding about the department
 * @param rectifiedOn    the day the department reported it rectified, null before
 * @param verifiedOn     the day the office verified the rectification, null before
 * @param bulletinNumber the bulletin that named it ({@code 2025年第3期}), null when none
 * @param version        the stored version the finding was read at, 0 for a new one (the rectification steps pass
 *                       it back, so that a step taken from an out-of-date list is refused)
 */
public record Finding(String findingNo, String inspectionNo, String departmentCode, String staffNo,
		String description, String rectification, LocalDate deadline, LocalDate rectifiedOn,
		String rectificationNote, LocalDate verifiedOn, String verifiedBy, String bulletinNumber, long version) {

	/** A finding not yet stored. */
	public Finding(String findingNo, String inspectionNo, String departmentCode, String staffNo, String description,
			String rectification, LocalDate deadline, LocalDate rectifiedOn, String rectificationNote,
			LocalDate verifiedOn, String verifiedBy, String bulletinNumber) {
		this(findingNo, inspectionNo, departmentCode, staffNo, description, rectification, deadline, rectifiedOn,
				rectificationNote, verifiedOn, verifiedBy, bulletinNumber, 0);
	}

	public Finding {
		Objects.requireNonNull(departmentCode, "departmentCode");
		Objects.requireNonNull(description, "description");
		rectification = rectification == null ? "" : rectification;
		Objects.requireNonNull(deadline, "deadline");
		rectificationNote = rectificationNote == null ? "" : rectificationNote;
	}

	/** A new finding to add to an inspection. */
	public static Finding of(String departmentCode, String staffNo, String description, String rectification,
			LocalDate deadline) {
		return new Finding(null, null, departmentCode, staffNo, description, rectification, deadline, null, null,
				null, null, null);
	}

	public boolean verified() {
		return verifiedOn != null;
	}

	/** Not verified and past its deadline without a rectification reported. */
	public boolean overdue(LocalDate today) {
		return !verified() && rectifiedOn == null && deadline.isBefore(today);
	}
}
