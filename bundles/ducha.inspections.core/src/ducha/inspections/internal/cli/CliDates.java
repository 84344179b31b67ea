package ducha.inspections.internal.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;

/** A day typed on the command line, YYYY-MM-DD. */
final class CliDates {

	private CliDates() {
	}

	static LocalDate day(String text) {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new ValidationException(NLS.bind(Messages.cliBadDate, text));
		}
	}
}
