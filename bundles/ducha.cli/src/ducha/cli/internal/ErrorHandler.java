package ducha.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.core.DuchaException;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.AccessDeniedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into lines on standard error and an exit code: a refusal the services explain for
 * users, and anything else, an {@link Error} such as {@link OutOfMemoryError} included, as {@link ExitCodes#FAILED}
 * with a line that says what happened. No failure ends silently or with status 0.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		if (exception instanceof LedgerValidationException ledger) {
			for (LedgerProblem problem : ledger.ledgerProblems()) {
				err.println(problem);
			}
			err.println(NLS.bind(Messages.nothingStored, ledger.ledgerProblems().size()));
			return ExitCodes.REJECTED;
		}
		if (exception instanceof ValidationException validation) {
			err.println(Messages.rejected);
			validation.problems().forEach(problem -> err.println("  " + problem));
			return ExitCodes.REJECTED;
		}
		if (exception instanceof LoginRefusedException refused) {
			err.println(NLS.bind(Messages.notLoggedIn, refused.getMessage()));
			return ExitCodes.NOT_LOGGED_IN;
		}
		if (exception instanceof AccessDeniedException denied) {
			err.println(NLS.bind(Messages.notPermitted, denied.getMessage()));
			if (denied.permissionId() != null) {
				// the desktop never shows the id; the operator of the command line needs it to find the grant
				err.println(NLS.bind(Messages.notPermittedId, denied.permissionId()));
			}
			return ExitCodes.NOT_PERMITTED;
		}
		if (exception instanceof DatabaseUnavailableException unavailable) {
			err.println(NLS.bind(Messages.databaseUnavailable, unavailable.getMessage()));
			unavailable.failure().ifPresent(failure -> err.println(NLS.bind(Messages.whatToDo, failure.advice())));
			return unavailable.exitCode();
		}
		if (exception instanceof DuchaException ducha) {
			// NotFoundException and the services' own refusals: their message is written for users
			err.println(ducha.getMessage());
			return ExitCodes.REJECTED;
		}
		return failed(exception, parseResult == null ? List.of() : parseResult.originalArgs(), err);
	}

	/**
	 * A failure that is nobody's input: logged with its stack, one line on standard error, {@link ExitCodes#FAILED}.
	 * Out of memory gets its own advice; by the time it arrives here the work that filled the heap is unreachable,
	 * so there is room again to print and log.
	 */
	public static int failed(Throwable failure, List<String> args, PrintWriter err) {
		String line = failure instanceof OutOfMemoryError ? NLS.bind(Messages.outOfMemory, failure.getMessage())
				: NLS.bind(Messages.unexpected, failure);
		try {
			err.println(line);
			err.flush();
			ILog.of(ErrorHandler.class).error("ducha-cli " + String.join(" ", args), failure);
		} catch (RuntimeException | Error e) {
			// the exit code still tells; nothing more can be said
		}
		return ExitCodes.FAILED;
	}
}
