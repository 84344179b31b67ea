package ducha.team.internal.cli.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.team.internal.cli.TeamCommand;

/**
 * The roster's and groups' {@code ducha-cli team} commands: {@link TeamCommand}s reading days and printing cells the
 * same way.
 */
abstract class RosterCliCommand extends TeamCommand {

	/** A day typed on the command line (YYYY-MM-DD), today when not given. */
	static LocalDate day(String text) {
		if (text == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new ValidationException(Language.format(Messages.badDate, text));
		}
	}

	/** A value for a tab-separated line: empty for null. */
	static String cell(Object value) {
		return value == null ? "" : value.toString();
	}
}
