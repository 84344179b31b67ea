package ducha.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.CommandTree;
import ducha.cli.internal.PlatformCommand;
import ducha.core.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli run FILE|-}: many commands in one start (one per line), e.g. the steps of a migration, which
 * would otherwise pay for the platform's start once per command. The batch logs in once, before its first command;
 * every command then goes through the same gate as when run alone (its permission, the password-change rule), so a
 * batch can do nothing its account could not do command by command. It stops at the first command that fails and
 * names its line. The whole file is read and checked before the first command runs: a line that cannot be split,
 * a nested {@code run}, a log-in option (the batch has one log-in) or a command after {@code plugins install} or
 * {@code uninstall} (which take effect at the next start, so a later command would see the old plugins) refuses
 * the batch with nothing run.
 */
@Command(name = "run")
public final class RunCommand extends PlatformCommand {

	private static final String STANDARD_INPUT = "-";
	private static final Set<String> LOGIN_OPTIONS = Set.of("--user", "--credentials", "--password-stdin");
	private static final Set<String> PLUGIN_CHANGES = Set.of("install", "uninstall");

	@Parameters(paramLabel = "FILE", descriptionKey = "file")
	String file;

	@Option(names = "--echo")
	boolean echo;

	@Override
	public Integer call() {
		List<BatchLine> commands;
		try {
			commands = commands(lines());
		} catch (ValidationException e) {
			cli.err().println(e.getMessage());
			return ExitCodes.USAGE;
		} catch (IOException e) {
			cli.err().println(NLS.bind(Messages.unreadable, file, e.getMessage()));
			return ExitCodes.REJECTED;
		}
		for (BatchLine line : commands) {
			if (echo) {
				cli.out().println("> " + line.text());
				cli.out().flush();
			}
			int code = CommandTree.build(cli, line.array()).execute(line.array());
			if (code != ExitCodes.OK) {
				cli.err().println(NLS.bind(Messages.lineFailed, new Object[] { name(), line.number(), code,
						line.text() }));
				return code;
			}
		}
		return ExitCodes.OK;
	}

	private List<String> lines() throws IOException {
		if (STANDARD_INPUT.equals(file)) {
			return cli.session().standardInputLines();
		}
		return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
	}

	/** The lines that hold a command, each checked; the first bad line refuses the whole batch. */
	private List<BatchLine> commands(List<String> lines) {
		List<BatchLine> commands = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			BatchLine line;
			try {
				line = BatchLine.parse(i + 1, lines.get(i));
			} catch (ValidationException e) {
				throw refused(i + 1, e.getMessage());
			}
			if (!line.isCommand()) {
				continue;
			}
			if (!commands.isEmpty() && changesPlugins(commands.get(commands.size() - 1))) {
				throw refused(line.number(), Messages.afterPluginChange);
			}
			if (line.args().get(0).equals("run")) {
				throw refused(line.number(), Messages.nested);
			}
			if (line.args().stream().anyMatch(RunCommand::isLoginOption)) {
				throw refused(line.number(), Messages.loginOption);
			}
			commands.add(line);
		}
		return commands;
	}

	private static boolean isLoginOption(String arg) {
		int equals = arg.indexOf('=');
		return LOGIN_OPTIONS.contains(equals < 0 ? arg : arg.substring(0, equals));
	}

	/** {@code plugins install|uninstall}: p2 changes the installation, which this runtime sees only when restarted. */
	private static boolean changesPlugins(BatchLine line) {
		List<String> args = line.args();
		return args.size() > 1 && args.get(0).equals("plugins") && PLUGIN_CHANGES.contains(args.get(1));
	}

	private ValidationException refused(int number, String reason) {
		return new ValidationException(NLS.bind(Messages.badLine, new Object[] { name(), number, reason }));
	}

	private String name() {
		return STANDARD_INPUT.equals(file) ? "stdin" : file;
	}
}
