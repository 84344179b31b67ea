package ducha.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import ducha.core.security.Principal;
import ducha.persistence.DatabaseService;
import ducha.persistence.SettingsFile;

/**
 * What every command of one run shares: the streams it prints to, the log-in session and the services, which
 * are looked up (and waited for) only by the commands that need them, so that {@code --help} never touches the
 * database.
 */
public final class CliContext implements AutoCloseable {

	private final BundleContext bundleContext;
	private final PrintWriter out;
	private final PrintWriter err;
	private final Session session;
	private final ServiceWaiter services;
	private boolean settingsChecked;
	/** The run under way, for the plugins' services looked up on first use ({@link ducha.cli.OnFirstUse}). */
	private static volatile CliContext current;

	public CliContext(BundleContext bundleContext, PrintWriter out, PrintWriter err, Session session,
			Duration timeout) {
		this.bundleContext = bundleContext;
		this.out = out;
		this.err = err;
		this.session = session;
		this.services = new ServiceWaiter(bundleContext, timeout);
		current = this;
	}

	/**
	 * The context of the run under way (a batch's commands share their run's).
	 *
	 * @throws IllegalStateException outside a run of {@code ducha-cli}
	 */
	public static CliContext current() {
		CliContext context = current;
		if (context == null) {
			throw new IllegalStateException("not run by ducha-cli");
		}
		return context;
	}

	public BundleContext bundleContext() {
		return bundleContext;
	}

	/** The log-in of this run; standard input for passwords. */
	public Session session() {
		return session;
	}

	public PrintWriter out() {
		return out;
	}

	public PrintWriter err() {
		return err;
	}

	/**
	 * Who acts: the account logged in for this run (the same as {@link ducha.cli.LoggedIn} gives the plugins'
	 * commands), named in the audit log.
	 */
	public Principal actor() {
		return session.principal();
	}

	/**
	 * The service, once registered.
	 *
	 * @throws DatabaseUnavailableException when the database failed or the service did not appear in time
	 */
	public <S> S service(Class<S> type) {
		return services.await(type);
	}

	/**
	 * The service of the type that matches the OSGi filter, once registered.
	 *
	 * @throws DatabaseUnavailableException when the database failed or the service did not appear in time
	 */
	public <S> S service(Class<S> type, String filter) {
		return services.await(type, filter);
	}

	/** The services of the type registered right now with their references; waits for nothing. */
	<S> Map<ServiceReference<S>, S> registered(Class<S> type) {
		return services.registered(type);
	}

	/** Every service of the type registered once the database is open. */
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

	/**
	 * Once per run, a batch's included: says on standard error when {@code ducha.properties} holds the database
	 * password and other users of the computer can read it (the persistence layer logs it too).
	 */
	void warnAboutSettings() {
		if (!settingsChecked) {
			settingsChecked = true;
			SettingsFile.passwordWarning().ifPresent(err::println);
		}
	}

	@Override
	public void close() {
		if (current == this) {
			current = null;
		}
		services.close();
	}
}
