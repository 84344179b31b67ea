package ducha.cli.internal;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.osgi.framework.BundleContext;

import ducha.core.security.Principal;
import ducha.persistence.DatabaseService;

/**
 * What every command of one run shares: the streams it prints to, the acting principal and the services, which
 * are looked up (and waited for) only by the commands that need them, so that {@code --help} and
 * {@code modules} never touch the database.
 */
public final class CliContext implements AutoCloseable {

	private final BundleContext bundleContext;
	private final InputStream in;
	private final PrintWriter out;
	private final PrintWriter err;
	private final Principal actor;
	private final ServiceWaiter services;

	public CliContext(BundleContext bundleContext, InputStream in, PrintWriter out, PrintWriter err,
			Principal actor, Duration timeout) {
		this.bundleContext = bundleContext;
		this.in = in;
		this.out = out;
		this.err = err;
		this.actor = actor;
		this.services = new ServiceWaiter(bundleContext, timeout);
	}

	public BundleContext bundleContext() {
		return bundleContext;
	}

	/** Standard input, for {@code --password-stdin}. */
	public InputStream in() {
		return in;
	}

	public PrintWriter out() {
		return out;
	}

	public PrintWriter err() {
		return err;
	}

	/** Who acts: the operator of the command line, audited as {@code cli:<OS user>}. */
	public Principal actor() {
		return actor;
	}

	/**
	 * The service, once registered.
	 *
	 * @throws DatabaseUnavailableException when the database failed or the service did not appear in time
	 */
	public <S> S service(Class<S> type) {
		return services.await(type);
	}

	/** Every service of the type registered right now. */
	public <S> List<S> currentServices(Class<S> type) {
		return services.current(type);
	}

	/**
	 * Runs database administration work. A failure of the work that comes from the database failing meanwhile
	 * (the connection check runs in the background) is reported as the database's reason, not as the symptom.
	 */
	public <T> T onDatabase(Function<DatabaseService, T> work) {
		DatabaseService database = service(DatabaseService.class);
		try {
			return work.apply(database);
		} catch (RuntimeException e) {
			services.failIfDatabaseFailed();
			throw e;
		}
	}

	@Override
	public void close() {
		services.close();
	}
}
