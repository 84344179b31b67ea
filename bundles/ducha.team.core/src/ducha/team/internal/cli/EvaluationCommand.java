package ducha.team.internal.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import ducha.cli.LoggedIn;
import ducha.core.security.Principal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of the {@code ducha-cli team} evaluation commands: each acts as the logged-in account and prints to the
 * command line's output; {@link #run} does the work and returns the exit code.
 */
abstract class EvaluationCommand implements Callable<Integer> {

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
}
