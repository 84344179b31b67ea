package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.LoggedIn;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of every {@code ducha-cli cases} command: it gets the plugin's services, runs as the logged-in account,
 * prints to the command line's output and ends with {@link ExitCodes#OK}; whatever it refuses, it throws (a
 * {@link ValidationException} exits with {@link ExitCodes#REJECTED}, through the CLI's error handler).
 */
abstract class CasesSubcommand implements Callable<Integer> {

	final CliServices services;

	@Spec
	CommandSpec spec;

	@Mixin
	LoggedIn login;

	CasesSubcommand(CliServices services) {
		this.services = services;
	}

	/** The command's work, as {@code actor}, printing to {@code out}. */
	abstract void run(Principal actor, PrintWriter out);

	@Override
	public final Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		run(login.principal(), out);
		out.flush();
		return ExitCodes.OK;
	}

	/** The day a command computes for: {@code asOf} when given, otherwise today. */
	static LocalDate dayOf(LocalDate asOf) {
		return asOf == null ? LocalDate.now() : asOf;
	}

	/** Refuses a file to read that is not there or not readable. */
	static void requireReadable(Path file) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new ValidationException(NLS.bind(Messages.fileNotReadable, file.toAbsolutePath()));
		}
	}

	/** Refuses a file to write whose folder does not exist. */
	static void requireFolder(Path file) {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new ValidationException(NLS.bind(Messages.folderMissing, folder));
		}
	}
}
