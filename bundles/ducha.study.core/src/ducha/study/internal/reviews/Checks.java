package ducha.study.internal.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;

/** Every problem of one record before it is stored, so that the user sees all of them at once. */
final class Checks {

	private final List<String> problems = new ArrayList<>();

	/** A required text of at most {@code max} characters. */
	void text(String value, String field, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(NLS.bind(Messages.checkRequired, field));
			}
		} else if (value.length() > max) {
			problems.add(NLS.bind(Messages.checkTooLong, new Object[] { field, value.length(), max }));
		}
	}

	/** A day not after today. */
	void notFuture(LocalDate day, String field) {
		if (day != null && day.isAfter(LocalDate.now())) {
			problems.add(NLS.bind(Messages.checkFuture, field, day));
		}
	}

	void fail(String problem) {
		problems.add(problem);
	}

	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}
}
