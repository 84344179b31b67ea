package ducha.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.cli.internal.CliContext;
import ducha.cli.internal.CommandTree;
import ducha.cli.internal.ErrorHandler;
import ducha.cli.internal.Session;
import picocli.CommandLine;

/**
 * The Ducha command line, runnable in-process: the {@code ducha.cli.app} application runs it with the process's
 * standard streams and environment, tests with their own. Every command but {@code --help}, {@code --version}
 * and the first-run set-up runs as the account that logs in ({@code DUCHA_USER}/{@code DUCHA_PASSWORD},
 * {@code --credentials FILE} or {@code DUCHA_CREDENTIALS}, {@code --user NAME [--password-stdin]}); it prints
 * every outcome itself; the exit codes are in {@link ExitCodes}.
 */
public final class DuchaCli {

	/** System property: seconds to wait for the database and the services (default 60). */
	public static final String TIMEOUT_PROPERTY = "ducha.cli.timeout";

	/** Environment variable: the account to log in as. */
	public static final String USER_VARIABLE = Session.USER_VARIABLE;

	/** Environment variable: the password of {@link #USER_VARIABLE}. */
	public static final String PASSWORD_VARIABLE = Session.PASSWORD_VARIABLE;

	/** Environment variable: an owner-only credentials file ({@code user=}, {@code password=}). */
	public static final String CREDENTIALS_VARIABLE = Session.CREDENTIALS_VARIABLE;

	private static final long DEFAULT_TIMEOUT_SECONDS = 60;

	private final BundleContext context;
	private final InputStream in;
	private final Map<String, String> environment;

	/** A command line on the process's standard input and environment. */
	public DuchaCli() {
		this(System.in, System.getenv());
	}

	/** A command line that reads passwords from the given stream, with the process's environment. */
	public DuchaCli(InputStream in) {
		this(in, System.getenv());
	}

	/** A command line that reads passwords from the given stream and log-in variables from the given map. */
	public DuchaCli(InputStream in, Map<String, String> environment) {
		this.in = Objects.requireNonNull(in, "in");
		this.environment = Map.copyOf(environment);
		this.context = FrameworkUtil.getBundle(DuchaCli.class).getBundleContext();
	}

	/**
	 * Parses and runs one command line.
	 *
	 * @return the exit code, see {@link ExitCodes}
	 */
	public int run(String[] args, PrintWriter out, PrintWriter err) {
		try (CliContext cli = new CliContext(context, out, err, new Session(in, environment), timeout())) {
			return CommandTree.build(cli, args).execute(args);
		} catch (Throwable failure) {
			// whatever got past the command's handlers (building the tree, closing the context, a handler's own
			// failure): still a message and a non-zero exit, never status 0
			return ErrorHandler.failed(failure, List.of(args), err);
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * Hands the command tree of a run (built-in commands and the plugins' commands registered now) to the reader,
	 * without running anything: for tests that check every command, and for documentation.
	 */
	public <T> T inspect(Function<CommandLine, T> reader, PrintWriter out, PrintWriter err) {
		try (CliContext cli = new CliContext(context, out, err, new Session(in, environment), timeout())) {
			return reader.apply(CommandTree.build(cli, new String[0]));
		}
	}

	private static Duration timeout() {
		try {
			return Duration.ofSeconds(Long.parseLong(System.getProperty(TIMEOUT_PROPERTY, "").strip()));
		} catch (NumberFormatException e) {
			return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
		}
	}
}
