package ducha.team.internal.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;

/**
 * Every problem of one record of the meetings or the mentoring before it is stored, so that the user sees all of
 * them at once.
 */
public final class Checks {

	private final List<String> problems = new ArrayList<>();
	private final MeetingsContext context;

	public Checks(MeetingsContext context) {
		this.context = context;
	}

	/** A text of at most {@code max} characters, required or not. */
	public Checks text(String value, String field, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(NLS.bind(Messages.checkRequired, field));
			}
		} else if (value.strip().length() > max) {
			problems.add(NLS.bind(Messages.checkTooLong, new Object[] { field, value.strip().length(), max }));
		}
		return this;
	}

	/** A required day not after today. */
	public Checks day(LocalDate day, String field) {
		if (day == null) {
			problems.add(NLS.bind(Messages.checkRequired, field));
		} else if (day.isAfter(LocalDate.now())) {
			problems.add(NLS.bind(Messages.checkFuture, field, day));
		}
		return this;
	}

	/** A day not before another (both given). */
	public Checks notBefore(LocalDate day, String field, LocalDate earliest, String earliestField) {
		if (day != null && earliest != null && day.isBefore(earliest)) {
			problems.add(NLS.bind(Messages.checkBefore, new Object[] { field, day, earliestField, earliest }));
		}
		return this;
	}

	/** A 工号 of the directory (required or not). */
	public Checks staff(String staffNo, String field, boolean required) {
		if (staffNo == null || staffNo.isBlank()) {
			if (required) {
				problems.add(NLS.bind(Messages.checkRequired, field));
			}
		} else if (!context.staffExists(staffNo)) {
			problems.add(NLS.bind(Messages.unknownStaff, field, staffNo));
		}
		return this;
	}

	/** A department code of the directory. */
	public Checks department(String code, String field) {
		if (code == null || code.isBlank()) {
			problems.add(NLS.bind(Messages.checkRequired, field));
		} else if (!context.departmentExists(code)) {
			problems.add(NLS.bind(Messages.unknownDepartment, code));
		}
		return this;
	}

	public Checks fail(String problem) {
		problems.add(problem);
		return this;
	}

	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}
}
