package ducha.cli.internal;

import java.util.concurrent.Callable;

/**
 * The shape of the platform's own commands: picocli calls {@link #call()}, which returns an
 * {@link ducha.cli.ExitCodes} value, and the command reaches the run's streams, log-in and services through
 * {@link #cli}. {@link ContextFactory} hands the context to every command it creates, so a command declares no
 * constructor for it.
 */
public abstract class PlatformCommand implements Callable<Integer> {

	/** The run this command belongs to; set before picocli parses the command line. */
	protected CliContext cli;

	protected PlatformCommand() {
	}

	/** For a command created with {@code new} (one per ledger kind, say) rather than by picocli's factory. */
	protected PlatformCommand(CliContext cli) {
		this.cli = cli;
	}

	void attach(CliContext context) {
		this.cli = context;
	}
}
