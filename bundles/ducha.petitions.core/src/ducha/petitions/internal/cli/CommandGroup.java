package ducha.petitions.internal.cli;

import java.util.concurrent.Callable;

import ducha.cli.ExitCodes;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands: called on its own it prints its usage. */
abstract class CommandGroup implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}
}
