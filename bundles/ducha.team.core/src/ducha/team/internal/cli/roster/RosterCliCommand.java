package ducha.team.internal.cli.roster;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import ducha.cli.LoggedIn;
import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of the roster's and groups' {@code ducha-cli team} commands: they act as the logged-in account and print
 * to the command line's output; {@link #run} does the work and returns the exit code.
 */
abstract class RosterCliCommand implements Callable<Integer> {

	@Mixin
	LoggedIn login;

	@Spec
	CommandSpec spec;

	@Override
	public final Integer call() throws Exception {
		return run(login.principal(), spec.commandLine().getOut());
	}

	/** Does the command's work as {@code actor}, printing to {@code out}. */
	abstract int run(Principal actor, PrintWriter out) throws Exception;

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
