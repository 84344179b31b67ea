package ducha.integrity.internal.records;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.integrity.internal.Messages;

/** Collects every problem of one record before it is stored, so that the user sees all of them at once. */
final class Checks {

	private final List<String> problems = new ArrayList<>();

	void required(String value, String field) {
		if (value == null || value.isBlank()) {
			problems.add(NLS.bind(Messages.checkRequired, field));
		}
	}

	void maxLength(String value, String field, int max) {
		if (value != null && value.length() > max) {
			problems.add(NLS.bind(Messages.checkTooLong, new Object[] { field, value.length(), max }));
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
