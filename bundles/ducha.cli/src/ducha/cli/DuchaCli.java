package ducha.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ducha.cli.internal.CliContext;
import ducha.cli.internal.CommandTree;
import ducha.core.security.Principal;

/**
 * The Ducha command line, runnable in-process: the {@code ducha.cli.app} application runs it with the process's
 * standard streams, tests with their own writers. It acts as {@code Principal.system("cli:" + OS user)}, the
 * operator on the database host, and prints every outcome itself; the exit codes are in {@link ExitCodes}.
 */
public final class DuchaCli {

	/** System property: seconds to wait for the database and the services (default 60). */
	public static final String TIMEOUT_PROPERTY = "ducha.cli.timeout";

	private static final long DEFAULT_TIMEOUT_SECONDS = 60;

	private final BundleContext context;
	private final InputStream in;

	/** A command line that reads {@code --password-stdin} from the process's standard input. */
	public DuchaCli() {
		this(System.in);
	}

	/** A command line that reads {@code --password-stdin} from the given stream. */
	public DuchaCli(InputStream in) {
		this.in = Objects.requireNonNull(in, "in");
		this.context = FrameworkUtil.getBundle(DuchaCli.class).getBundleContext();
	}

	/**
	 * Parses and runs one command line.
	 *
	 * @return the exit code, see {@link ExitCodes}
	 */
	public int run(String[] args, PrintWriter out, PrintWriter err) {
		Principal actor = Principal.system("cli:" + System.getProperty("user.name", "unknown"));
		try (CliContext cli = new CliContext(context, in, out, err, actor, timeout())) {
			return CommandTree.build(cli, args).execute(args);
		} finally {
			out.flush();
			err.flush();
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
