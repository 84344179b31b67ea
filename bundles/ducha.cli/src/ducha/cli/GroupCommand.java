package ducha.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only holds subcommands (the platform's root, a plugin's {@code cases} or {@code petitions}, their
 * ledger groups): run alone, it prints its usage and exits as a usage error.
 */
public abstract class GroupCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}
}
