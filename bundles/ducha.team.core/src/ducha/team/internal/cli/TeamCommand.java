package ducha.team.internal.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import ducha.cli.LoggedIn;
import ducha.core.security.Principal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of every {@code ducha-cli team} command: it acts as the logged-in account and prints to the command
 * line's output; {@link #run} does the work and returns the exit code.
 */
public abstract class TeamCommand implements Callable<Integer> {

	@Mixin
	protected LoggedIn login;

	@Spec
	protected CommandSpec spec;

	@Override
	public final Integer call() throws Exception {
		return run(login.principal(), spec.commandLine().getOut());
	}

	/** Does the command's work as {@code actor}, printing to {@code out}. */
	protected abstract int run(Principal actor, PrintWriter out) throws Exception;
}
