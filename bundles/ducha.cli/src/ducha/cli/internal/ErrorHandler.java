package ducha.cli.internal;

import java.io.PrintWriter;

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

/** Turns what a command throws into lines on standard error and an exit code. */
final class ErrorHandler implements IExecutionExceptionHandler {

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
		ILog.of(getClass()).error("ducha-cli " + String.join(" ", parseResult.originalArgs()), exception);
		err.println(NLS.bind(Messages.unexpected, exception));
		return ExitCodes.REJECTED;
	}
}
